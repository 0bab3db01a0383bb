import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '@/lib/badge/card-position';

const pillAt = (left: number, top: number, width = 240, height = 32): Box => ({ left, top, right: left + width, bottom: top + height });
const inside = (p: ReturnType<typeof placeCard>, height: number, viewport: { width: number; height: number }) =>
  p.left >= 0 && p.top >= 0 && p.left + p.width <= viewport.width && p.top + Math.min(height, p.maxHeight) <= viewport.height;

describe('placeCard', () => {
  const laptop = { width: 1366, height: 650 };
  const phone = { width: 390, height: 700 };

  it('opens below the pill, under its left edge, when the card fits there', () => {
    expect(placeCard(pillAt(8, 300), 300, laptop)).toEqual({ side: 'below', left: 8, top: 340, width: 320, maxHeight: 325 });
  });

  it('opens upward when there is no room below (a pill in a bottom corner)', () => {
    const p = placeCard(pillAt(1100, 600), 300, laptop);
    expect(p).toMatchObject({ side: 'above', top: 600 - 8 - 300 });
    // Right-aligned with the pill: the card would run off the right edge otherwise.
    expect(p.left + p.width).toBe(1340);
    expect(inside(p, 300, laptop)).toBe(true);
  });

  it('on a phone, a pill at x = 125 gives a card that starts inside the screen and ends inside it', () => {
    const p = placeCard(pillAt(125, 300, 160), 360, phone);
    expect(p.left).toBe(8);
    expect(p.width).toBe(320);
    expect(inside(p, 360, phone)).toBe(true);
  });

  it('neither side holds it all: the larger side, shrunk to it (the middle scrolls)', () => {
    const p = placeCard(pillAt(8, 330), 325, laptop);
    expect(p).toMatchObject({ side: 'above', top: 8, maxHeight: 314 });
    expect(inside(p, 325, laptop)).toBe(true);
  });

  it('a narrow, short screen with no room by the pill: a sheet along the bottom edge', () => {
    const landscape = { width: 560, height: 340 };
    const p = placeCard(pillAt(20, 150, 160), 300, landscape);
    expect(p).toEqual({ side: 'sheet', left: 0, top: 340 - 170, width: 560, maxHeight: 170 });
  });

  it('a wide, very short window: over the pill rather than a sliver beside it, still inside the viewport', () => {
    const short = { width: 1366, height: 260 };
    const p = placeCard(pillAt(8, 110), 300, short);
    expect(p.maxHeight).toBe(130);
    expect(inside(p, 300, short)).toBe(true);
  });

  it('caps the card at 400 px, or half the viewport', () => {
    expect(placeCard(pillAt(8, 40), 900, { width: 1366, height: 1000 }).maxHeight).toBe(400);
    expect(placeCard(pillAt(8, 40), 900, phone).maxHeight).toBe(350);
  });
});
