import type { Position } from '../../settings';

export type Corner = Exclude<Position, 'inline'>;
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
/** Distance from the viewport's edges in a corner. */
const EDGE_PX = 16;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Whether `el` or an ancestor is page chrome floated over the content (fixed or sticky). One that
 * covers half the viewport or more is not chrome but an overlay or a page-sized wrapper: the pill
 * stays below overlays by z-index, and must not wait forever on a wrapper.
 * Only positioned ancestors can be fixed or sticky, and the offsetParent chain visits exactly
 * those (it stops at a fixed one): a few style reads instead of one per ancestor of a deep page.
 * `known` holds the answers of one look at the page: the probes of a corner mostly land in the
 * same page blocks, whose chain is then read once.
 */
function floats(el: Element, known: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let answer = false;
  for (let n: Element | null = el; n && n !== document.body && n !== document.documentElement; n = offsetParentOf(n)) {
    const before = known.get(n);
    if (before !== undefined) {
      answer = before;
      break;
    }
    chain.push(n);
    const position = getComputedStyle(n).position;
    if (position !== 'fixed' && position !== 'sticky') continue;
    const r = n.getBoundingClientRect();
    answer = r.width * r.height < (innerWidth * innerHeight) / 2;
    break;
  }
  // Every element below the first fixed or sticky one gets that one's answer.
  for (const n of chain) known.set(n, answer);
  return answer;
}

/** The nearest positioned ancestor (SVG elements have no offsetParent: their parent is looked at). */
function offsetParentOf(n: Element): Element | null {
  return n instanceof HTMLElement ? n.offsetParent : n.parentElement;
}

/**
 * Whether the box lies over something the page floats: a cookie or consent banner, a chat button,
 * a sticky add-to-cart bar. Five points of the box are hit-tested; at each, the topmost element
 * that is not our host is the page's. Nothing is written to the page, so the probes read the
 * layout the page already has (no forced layout when it is clean).
 */
function coversPageChrome(host: Element, box: Box, known: Map<Element, boolean>): boolean {
  const points = [[box.left + 2, box.top + 2], [box.right - 2, box.top + 2], [(box.left + box.right) / 2, (box.top + box.bottom) / 2], [box.left + 2, box.bottom - 2], [box.right - 2, box.bottom - 2]];
  return points.some(([x, y]) => {
    // A hidden pill takes no hit, nor does its host's box (pill.css): one element. A shown pill
    // (a later look, as banners arrive) is stepped over.
    const top = document.elementFromPoint(x!, y!);
    const el = top === host ? document.elementsFromPoint(x!, y!).find((e) => e !== host) : top;
    return el != null && floats(el, known);
  });
}

/** Where a fixed box of this size sits in `corner` of a viewport of this size. */
function cornerBox(size: { width: number; height: number }, corner: Corner, viewport: { width: number; height: number }): Box {
  const left = corner.endsWith('left') ? EDGE_PX : viewport.width - EDGE_PX - size.width;
  const top = corner.startsWith('top') ? EDGE_PX : viewport.height - EDGE_PX - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

/** The viewport fixed elements are placed in: the window without its scrollbars. */
function viewportSize(): { width: number; height: number } {
  const root = document.compatMode === 'CSS1Compat' ? document.documentElement : document.body;
  return { width: root?.clientWidth || innerWidth, height: root?.clientHeight || innerHeight };
}

/**
 * The first corner, starting with the preferred one, where the host (fixed, the same size in
 * every corner) would cover nothing the page floats; null when every corner is taken (the caller
 * then waits for the page to clear one, e.g. a cookie banner being answered). The host is not
 * moved while looking: each corner's box is computed from its size.
 */
export function findFreeCorner(host: HTMLElement, preferred: Corner): Corner | null {
  const size = host.getBoundingClientRect();
  const viewport = viewportSize();
  const known = new Map<Element, boolean>();
  for (const corner of [preferred, ...CORNERS.filter((c) => c !== preferred)]) {
    if (!coversPageChrome(host, cornerBox(size, corner, viewport), known)) return corner;
  }
  return null;
}
