import type { InlineSpot } from './surface';

/**
 * What the badge must never sit inside: the page's interactive content (a click on the pill would
 * follow its link, submit its form, toggle its <details>, focus its field), its headings (the
 * heading's accessible name would take in the badge's text), and SVG or MathML (no HTML box
 * renders there). The badge goes after the outermost of them around the anchor.
 */
const ENCLOSING =
  'a,button,label,summary,select,textarea,input,option,output,[contenteditable]:not([contenteditable=false]),[role=button],[role=link],[role=heading],h1,h2,h3,h4,h5,h6,hgroup,svg,math,[aria-hidden=true],[inert]';
/** Content no one sees: an anchor in it gets the badge in a corner. */
const UNSEEN = '[hidden], dialog:not([open]), template';
/** A title longer than this (characters) would push a badge under it far down: it goes above. */
const LONG_TITLE_CHARS = 1000;

/**
 * Where an inline badge goes for this anchor (the product title), or null for a corner. Reads no
 * geometry (it runs while the page is parsed): a box that still turns out empty after the next
 * paint moves to a corner then (lib/badge/page/mount.ts).
 */
export function findInlineSpot(anchor: Element): InlineSpot | null {
  if (anchor.closest(UNSEEN)) return null;
  let node = anchor;
  for (let around = anchor.closest(ENCLOSING); around; around = around.parentElement?.closest(ENCLOSING) ?? null) node = around;
  if (!node.parentNode || node === document.documentElement || node === document.body) return null;
  return { node, where: (node.textContent?.length ?? 0) > LONG_TITLE_CHARS ? 'before' : 'after' };
}
