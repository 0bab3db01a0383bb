import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findFreeCorner, type Corner } from '@/lib/badge/page/placement';

// happy-dom lays nothing out: the host's size, the viewport and what lies under each point are
// given here (test/e2e/badge-placement.test.ts checks the real hit-testing in Chromium).
const SIZE = { width: 150, height: 32 };
const EDGE = 16;

/** The five points findFreeCorner looks at for a box: its corners (2 px in) and its centre. */
const probesOf = (box: { left: number; top: number; right: number; bottom: number }) => [
  [box.left + 2, box.top + 2],
  [box.right - 2, box.top + 2],
  [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
  [box.left + 2, box.bottom - 2],
  [box.right - 2, box.bottom - 2],
];

let host: HTMLElement;
let probes: number[][];
/** What the page has under each point. */
let under: (x: number, y: number) => Element;
let banner: HTMLElement;
const cornerAt = (x: number, y: number): Corner => `${y < 400 ? 'top' : 'bottom'}-${x < 683 ? 'left' : 'right'}`;

beforeEach(() => {
  (window as unknown as { happyDOM: { setViewport(v: object): void } }).happyDOM.setViewport({ width: 1366, height: 800 });
  host = document.createElement('div');
  host.getBoundingClientRect = () => SIZE as DOMRect;
  document.documentElement.append(host);
  banner = document.createElement('div');
  banner.style.position = 'fixed';
  banner.getBoundingClientRect = () => ({ width: 1366, height: 60 }) as DOMRect;
  document.body.append(banner);
  probes = [];
  under = () => document.body;
  vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => {
    probes.push([x, y]);
    return under(x, y);
  });
});
afterEach(() => {
  host.remove();
  banner.remove();
});

describe('findFreeCorner', () => {
  it.each([
    ['bottom-right', { left: 1366 - EDGE - 150, top: 800 - EDGE - 32, right: 1366 - EDGE, bottom: 800 - EDGE }],
    ['bottom-left', { left: EDGE, top: 800 - EDGE - 32, right: EDGE + 150, bottom: 800 - EDGE }],
    ['top-right', { left: 1366 - EDGE - 150, top: EDGE, right: 1366 - EDGE, bottom: EDGE + 32 }],
    ['top-left', { left: EDGE, top: EDGE, right: EDGE + 150, bottom: EDGE + 32 }],
  ] as const)('looks at a box of the host’s size 16 px from the viewport’s edges in %s, without moving the host', (corner, box) => {
    expect(findFreeCorner(host, corner)).toBe(corner);
    expect(probes).toEqual(probesOf(box));
    expect(host.style.cssText).toBe('');
  });

  it('passes over a corner where the page floats something (fixed or sticky), preferred corner first', () => {
    under = (x, y) => (cornerAt(x, y).startsWith('bottom') ? banner : document.body);
    expect(findFreeCorner(host, 'bottom-left')).toBe('top-right');
    banner.style.position = 'sticky';
    expect(findFreeCorner(host, 'top-left')).toBe('top-left');
    expect(findFreeCorner(host, 'bottom-right')).toBe('top-right');
  });

  it('finds a floating ancestor of the element under the point, and skips our own host', () => {
    const inner = document.createElement('span');
    banner.append(inner);
    // The walk goes up the offsetParent chain (positioned ancestors only), which happy-dom does not compute.
    Object.defineProperty(inner, 'offsetParent', { get: () => banner });
    // happy-dom has no elementsFromPoint: the stack under the point, topmost first.
    const stack = vi.fn(() => [host, inner, document.body]);
    Object.assign(document, { elementsFromPoint: stack });
    under = (x, y) => (cornerAt(x, y) === 'bottom-right' ? host : document.body);
    try {
      expect(findFreeCorner(host, 'bottom-right')).toBe('bottom-left');
      expect(stack).toHaveBeenCalled();
    } finally {
      delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });

  it('reads the style of each page element once per look, however many probes land in it', () => {
    const block = document.createElement('div');
    const text = block.appendChild(document.createElement('span'));
    document.body.append(block);
    // A sticky bar (the banner) positions the block that holds the text.
    Object.defineProperty(text, 'offsetParent', { get: () => block });
    Object.defineProperty(block, 'offsetParent', { get: () => banner });
    banner.style.position = 'sticky';
    // Every probe of three corners lands in the same text; the top-left corner, looked at last, is free.
    under = (x, y) => (cornerAt(x, y) === 'top-left' ? document.body : text);
    const styles = vi.spyOn(window, 'getComputedStyle');
    try {
      expect(findFreeCorner(host, 'bottom-right')).toBe('top-left');
      // text, block, banner: once each, though three corners' probes land in the text.
      expect(styles.mock.calls.map(([el]) => el)).toEqual([text, block, banner]);
    } finally {
      block.remove();
    }
  });

  it('is null while every corner is taken', () => {
    under = () => banner;
    expect(findFreeCorner(host, 'bottom-right')).toBeNull();
  });

  it('takes neither an overlay covering half the viewport or more, nor a statically placed element, for chrome', () => {
    banner.getBoundingClientRect = () => ({ width: 1366, height: 400 }) as DOMRect;
    under = () => banner;
    expect(findFreeCorner(host, 'bottom-right')).toBe('bottom-right');
    banner.style.position = 'static';
    banner.getBoundingClientRect = () => ({ width: 10, height: 10 }) as DOMRect;
    expect(findFreeCorner(host, 'top-left')).toBe('top-left');
  });
});
