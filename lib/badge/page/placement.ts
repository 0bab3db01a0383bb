import type { Position } from '../../settings';

export type Corner = Exclude<Position, 'inline'>;
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

/** Whether `el` or an ancestor is something the page floats over its content (fixed or sticky). */
function floats(el: Element): boolean {
  for (let n: Element | null = el; n && n !== document.body && n !== document.documentElement; n = n.parentElement) {
    const position = getComputedStyle(n).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/**
 * Whether the host, where it is now, lies over something the page floats: a cookie or consent
 * banner, a chat button, a sticky add-to-cart bar. Nine points of its box are probed with
 * elementsFromPoint (our own host excluded).
 */
export function coversPageChrome(host: HTMLElement): boolean {
  const r = host.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  for (const x of [r.left + 2, r.left + r.width / 2, r.right - 2]) {
    for (const y of [r.top + 2, r.top + r.height / 2, r.bottom - 2]) {
      for (const el of document.elementsFromPoint(x, y)) {
        if (el !== host && !host.contains(el) && floats(el)) return true;
      }
    }
  }
  return false;
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
