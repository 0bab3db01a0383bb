/**
 * Finds « Vendu par X » statements anywhere in a page, for marketplaces whose markup we have no
 * saved page of: only the wording is relied on, never a class name. A statement counts when a
 * short block of text (a line, a table cell) STARTS with a sold-by label; a sentence in a review
 * ("… produit vendu par …") does not.
 */
import type { Seller } from './types';
import { makeSeller, onlyName, readText, soldByName, STATEMENT_MAX, UNKNOWN } from './common';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'TEXTAREA']);
// A cheap pre-filter on raw text nodes before the full label match.
const HINT = /\b(?:vendu|sold|verkauf|vendut|vendid)/i;
// Bounds the walk on huge or hostile documents.
const NODE_LIMIT = 60_000;
// A label and its name sit at most this many levels apart ("<p>Vendu par <a><b>X</b></a></p>").
const CLIMB = 3;

/**
 * Containers to observe on these marketplaces: with no class name to rely on, the main content,
 * else the body. Their offer block is re-rendered when the shopper picks another offer.
 */
export const STATEMENT_WATCH_SELECTORS: readonly string[] = ['main', '#main', 'body'];

/** Every seller name stated on the page, in document order (repeats included). */
function soldByStatements(root: Node): string[] {
  const names: string[] = [];
  let seen = 0;
  const stack: Node[] = [root];
  while (stack.length > 0 && seen < NODE_LIMIT) {
    const node = stack.pop()!;
    seen += 1;
    if (node.nodeType === 3) {
      if (HINT.test(node.nodeValue ?? '')) {
        const name = statementAround(node);
        if (name) names.push(name);
      }
      continue;
    }
    if (node.nodeType === 1 && NOT_TEXT.has((node as Element).tagName.toUpperCase())) continue;
    // Children pushed last-first so the walk keeps document order.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return names;
}

/** The name of the smallest block around a text node that reads "<label> <name>". */
function statementAround(text: Node): string | undefined {
  let el = text.parentElement;
  for (let level = 0; el && level < CLIMB; level += 1, el = el.parentElement) {
    const line = readText(el);
    if (line.length > STATEMENT_MAX) return undefined;
    const name = soldByName(line);
    if (name) return name;
  }
  return undefined;
}

/**
 * An extractor for a marketplace that also sells on its own account: the page's single stated
 * seller, 'platform' when it is the marketplace's own name, else 'third-party'. Two different
 * sellers stated (other offers listed on the page) or none: unknown.
 */
export function statementSellerOf(ownName: RegExp): (doc: Document) => Seller {
  return (doc) => {
    const name = onlyName(soldByStatements(doc.body ?? doc));
    if (!name) return UNKNOWN;
    return makeSeller(ownName.test(name) ? 'platform' : 'third-party', name);
  };
}
