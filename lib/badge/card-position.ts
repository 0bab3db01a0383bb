/** A box in viewport coordinates (a DOMRect's fields). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card goes, in viewport pixels (it is position: fixed). */
export interface CardPlacement {
  /** Below or above the pill; a sheet along the bottom edge of a narrow screen with no room by the pill. */
  side: 'below' | 'above' | 'sheet';
  left: number;
  top: number;
  width: number;
  maxHeight: number;
}

const WIDTH = 320;
/** Between the pill and the card, and between the card and the viewport's edges. */
const GAP = 8;
/** The card stays short (issue 13): about 400 px on a desktop window, half the screen on a phone. */
const CAP = 400;
/** Under this, a side gives the card too little room to read: it goes elsewhere. */
const MIN_ROOM = 180;
/** Below this width, a card with no room by the pill becomes a bottom sheet. */
const NARROW = 600;

/**
 * Keeps the card inside the viewport (issue 24): below the pill when its content fits there, else
 * above when it fits there, else on the larger side shrunk to it (its middle part scrolls; its
 * actions stay in view; over the pill if that side is very short), or, on a narrow screen with
 * no room by the pill, as a sheet along the bottom edge.
 * `height` is the card's natural height, at most the cap.
 * @example placeCard({ left: 125, top: 300, right: 285, bottom: 332 }, 360, { width: 390, height: 700 }).left // 8
 */
export function placeCard(pill: Box, height: number, viewport: { width: number; height: number }): CardPlacement {
  const cap = Math.min(CAP, Math.floor(viewport.height / 2));
  const wanted = Math.min(height, cap);
  const width = Math.min(WIDTH, viewport.width - 2 * GAP);
  // Under the pill's left edge, or its right edge when that runs off the screen; never off it.
  const preferred = pill.left + width <= viewport.width - GAP ? pill.left : pill.right - width;
  const left = Math.max(GAP, Math.min(preferred, viewport.width - GAP - width));
  const below = viewport.height - pill.bottom - 2 * GAP;
  const above = pill.top - 2 * GAP;
  if (below >= wanted) return { side: 'below', left, top: pill.bottom + GAP, width, maxHeight: cap };
  if (above >= wanted) return { side: 'above', left, top: pill.top - GAP - wanted, width, maxHeight: cap };
  // Neither side holds it all: the larger one, shrunk (the middle scrolls), unless a narrow
  // screen has too little room by the pill: then a sheet along the bottom edge, over the page.
  const room = Math.max(above, below);
  if (viewport.width < NARROW && room < MIN_ROOM) {
    const over = Math.min(wanted, viewport.height - 2 * GAP);
    return { side: 'sheet', left: 0, top: viewport.height - over, width: viewport.width, maxHeight: over };
  }
  const maxHeight = Math.max(room, Math.min(wanted, MIN_ROOM));
  return below >= above
    ? { side: 'below', left, top: Math.min(pill.bottom + GAP, viewport.height - GAP - maxHeight), width, maxHeight }
    : { side: 'above', left, top: Math.max(GAP, pill.top - GAP - maxHeight), width, maxHeight };
}
