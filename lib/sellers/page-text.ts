/**
 * The page's text as a person sees it, read within the reading's budget (budget.ts): text content
 * only (never innerHTML), with script and style text left out, whitespace collapsed, control and
 * bidi-override characters removed. And selector queries that never throw.
 */
import { activeBudget } from './budget';

export const NOT_TEXT: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'TEXTAREA']);
// Enough for any seller line; bounds the work on hostile or huge pages.
const READ_LIMIT = 4000;
// Elements that start a new line: a seller line ends where its block does.
export const BLOCK: ReadonlySet<string> = new Set(['DIV', 'P', 'UL', 'OL', 'LI', 'BR', 'TABLE', 'TR', 'SECTION', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'ARTICLE', 'ASIDE', 'FORM', 'HEADER', 'FOOTER']);

/**
 * Text of an element: text nodes only, minus script/style, whitespace collapsed. With
 * `lineOnly`, stops at the first block-level child met after some text: « Vendu par idigital »
 * without the hidden seller card that follows it in the same block.
 */
function gatherText(el: Element, lineOnly: boolean, limit = READ_LIMIT): string {
  const budget = activeBudget();
  const parts: string[] = [];
  let length = 0;
  let stopped = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !stopped && length < limit; child = child.nextSibling) {
      if (!budget.spend()) {
        stopped = true;
        return;
      }
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (NOT_TEXT.has(tag)) continue;
        if (lineOnly && BLOCK.has(tag) && parts.join('').trim()) {
          stopped = true;
          return;
        }
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(el);
  return collapse(parts.join(''));
}

/** Visible-ish text of an element: text nodes only, minus script/style, whitespace collapsed. */
export function readText(el: Element | null | undefined): string {
  return el ? gatherText(el, false) : '';
}

/** readText that stops once `limit` characters were gathered: enough to tell a block is too long for a seller line. */
export function readTextUpTo(el: Element, limit: number): string {
  return gatherText(el, false, limit);
}

/** The first line of an element's text: up to the first block-level child after some text. */
export function readLine(el: Element | null | undefined): string {
  return el ? gatherText(el, true) : '';
}

/** Removes control characters and direction overrides, collapses whitespace, trims. */
export function collapse(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}


/** querySelectorAll that never throws on a selector the engine rejects. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function queryFirst(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}
