import type { Position } from '../../settings';

export type Corner = Exclude<Position, 'inline'>;
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/**
 * Whether `el` or an ancestor is page chrome floated over the content (fixed or sticky). One that
 * covers half the viewport or more is not chrome but an overlay or a page-sized wrapper: the pill
 * stays below overlays by z-index, and must not wait forever on a wrapper.
 */
function floats(el: Element): boolean {
  for (let n: Element | null = el; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
    const position = getComputedStyle(n).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    const r = n.getBoundingClientRect();
    return r.width * r.height < (innerWidth * innerHeight) / 2;
  }
  return false;
}

/**
 * Whether the host, where it is now, lies over something the page floats: a cookie or consent
 * banner, a chat button, a sticky add-to-cart bar. Five points of its box are hit-tested with the
 * host made transparent to the pointer, so each probe stops at the page's topmost element.
 */
export function coversPageChrome(host: HTMLElement): boolean {
  const r = host.getBoundingClientRect();
  host.style.setProperty('pointer-events', 'none', 'important');
  const points = [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.bottom - 2]];
  const covers = points.some(([x, y]) => {
    const el = document.elementFromPoint(x!, y!);
    return el !== null && el !== host && floats(el);
  });
  host.style.removeProperty('pointer-events');
  return covers;
}

/**
 * Puts the host in the first corner, starting with the preferred one, where it covers nothing
 * the page floats; returns it, or null when every corner is taken (the caller then waits for
 * the page to clear one, e.g. a cookie banner being answered).
 */
export function findFreeCorner(host: HTMLElement, preferred: Corner, place: (corner: Corner) => void): Corner | null {
  for (const corner of [preferred, ...CORNERS.filter((c) => c !== preferred)]) {
    place(corner);
    if (!coversPageChrome(host)) return corner;
  }
  place(preferred);
  return null;
}
