/**
 * The business seller's block on an eBay listing: legal name, address, trade-register and VAT
 * numbers, as eBay shows them under « Informations sur le vendeur professionnel », "Business
 * seller information", « Rechtliche Informationen des Verkäufers », « Informazioni sul venditore
 * professionale », « Información sobre el vendedor profesional ».
 *
 * The block is found by its container (the saved 2017–2019 pages' #bsi-c, today's
 * .d-business-seller) or else by its heading; it is then read as lines: the heading, the legal
 * name, the address lines (the country line last), and label/value rows for the numbers.
 */
import { queryAll, queryFirst, readText } from './page-text';
import { addressIn, blockLines, cleanIdentityText, numbersIn } from './trader-identity';
import type { TraderIdentity } from './types';

/** Containers of the block, most specific first. */
const BLOCK_SELECTORS = ['#bsi-c', '.bsi-cnt', '.d-business-seller'];

// The block's heading in each language eBay uses on the hosts we list; matched at the start of a
// short line, so "Business seller information" and « Rechtliche Informationen des Verkäufers » both count.
const EBAY_TRADER_HEADING =
  /^(?:business\s+seller\s+information|seller'?s?\s+legal\s+information|legal\s+information\s+(?:of|about)\s+the\s+seller|informations?\s+sur\s+le\s+vendeur\s+professionnel|informations?\s+l[ée]gales?\s+(?:du|sur\s+le)\s+vendeur|rechtliche\s+informationen\s+des\s+verk[äa]ufers|informationen\s+(?:zum|über\s+den)\s+gewerblichen\s+verk[äa]ufer|angaben\s+zum\s+gewerblichen\s+verk[äa]ufer|informazioni\s+(?:sul|sulla)\s+venditore\s+professionale|informazioni\s+legali\s+(?:sul|del)\s+venditore|informaci[óo]n\s+(?:sobre\s+el|del)\s+vendedor\s+profesional|informaci[óo]n\s+legal\s+del\s+vendedor)\b/i;
// Headings are short; a longer line that starts like one is a sentence.
const HEADING_MAX = 80;
// Headings looked at when no container is found, and how far up the block around one may be.
const HEADINGS_MAX = 60;
const CLIMB = 4;

/** The trader block: a known container, or the nearest ancestor of a heading that holds more than the heading. */
function findBlock(doc: Document): Element | null {
  for (const selector of BLOCK_SELECTORS) {
    const block = queryFirst(doc, selector);
    if (block) return block;
  }
  for (const heading of queryAll(doc, 'h2, h3, h4, h5, [role="heading"]').slice(0, HEADINGS_MAX)) {
    const text = readText(heading);
    if (text.length > HEADING_MAX || !EBAY_TRADER_HEADING.test(text)) continue;
    let block: Element | null = heading;
    for (let level = 0; block && level < CLIMB; level += 1) {
      block = block.parentElement;
      if (block && blockLines(block, 3).length > 1) return block;
    }
  }
  return null;
}

/** The lines after the heading (all lines when the heading is not among them). */
function afterHeading(lines: readonly string[]): string[] {
  const at = lines.findIndex((line) => line.length <= HEADING_MAX && EBAY_TRADER_HEADING.test(line));
  return lines.slice(at + 1);
}

/**
 * The trader block's statements, or undefined when the listing has none (a private seller, a
 * listing outside the EU rules, a page we cannot read). Every walk spends from the reading's budget.
 */
export function ebayTraderOf(doc: Document): TraderIdentity | undefined {
  const block = findBlock(doc);
  if (!block) return undefined;
  const lines = afterHeading(blockLines(block));
  // 2017–2019 layout: the name in .bsi-bn, the address lines in the first .bsi-c1 (the contact
  // person first, the country last), the numbers in .bsi-trd rows.
  const nameEl = queryFirst(block, '.bsi-bn');
  const addressEl = queryFirst(block, '.bsi-c1');
  const numbersEl = queryFirst(block, '.bsi-trd');
  const name = nameEl ? cleanIdentityText(readText(nameEl)) : cleanIdentityText(lines[0]);
  const address = addressEl ? addressIn(blockLines(addressEl)) : addressIn(lines.slice(1));
  // eBay's own number rows first; else any row in the block (a free-text notice may state them too).
  const stated = numbersEl ? numbersIn(blockLines(numbersEl)) : {};
  const others = numbersIn(lines);
  const identity: TraderIdentity = {};
  if (name && !/[:：]/.test(name)) identity.name = name;
  if (address.length) identity.address = address;
  const register = stated.register ?? others.register;
  const vat = stated.vat ?? others.vat;
  if (register) identity.register = register;
  if (vat) identity.vat = vat;
  return Object.keys(identity).length ? identity : undefined;
}
