/**
 * « Vendu par X » statements: read in a platform's buy-box blocks first, then, for layouts we
 * have no saved page of, found by a bounded walk of the page's text. A statement counts when a
 * short line (a block, a table cell) STARTS with a sold-by label; a sentence in a review
 * ("… produit vendu par …") does not.
 */
import { activeBudget } from './budget';
import { onlyName } from './make-seller';
import { collapse, NOT_TEXT, queryAll, readLine, readText, readTextUpTo } from './page-text';
import { readSoldBy, SOLD_BY_LABEL_ONLY, type Statement, STATEMENT_MAX, traderBeside } from './sold-by';
import type { Trader } from './types';

// A cheap pre-filter on raw text nodes before the full label match.
const HINT = /\b(?:vendu|livr|sold|seller|vendeur|verkauf|vendut|vendid)/i;
// A label and its name sit at most this many levels apart ("<p>Vendu par <a><b>X</b></a></p>").
const CLIMB = 3;

/** The element right after `el` in reading order at its level or an ancestor's (at most CLIMB up). */
function nextBlock(el: Element): Element | null {
  let at: Element | null = el;
  for (let level = 0; at && level < CLIMB; level += 1, at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}

/**
 * The statement a buy-box block makes: « Vendu par X » on its first line, or a label alone
 * (« Vendu et expédié par : ») followed by the name in the next block, as on La Redoute.
 * `nameEl` narrows the name to the block's name element when the platform has one (a link that
 * the line runs on from: « Vendu par idigital idigital - Vendeur pro… »).
 */
function readStatement(block: Element, nameSelector?: string): Statement | undefined {
  const line = readLine(block);
  if (!line || line.length > STATEMENT_MAX) return undefined;
  let statement = readSoldBy(line);
  if (!statement && SOLD_BY_LABEL_ONLY.test(line)) {
    const label = findLabel(block) ?? block;
    const next = nextBlock(label);
    const name = next ? readLine(next) : '';
    if (name && name.length <= STATEMENT_MAX) statement = readSoldBy(`${line} ${name}`);
  }
  if (!statement) return undefined;
  if (nameSelector) {
    const named = queryAll(block, nameSelector).map((el) => collapse(readText(el))).find(Boolean);
    // The name element is the seller only if the line names it where a seller goes.
    if (named && (named.startsWith(statement.name) || statement.name.startsWith(named))) statement = { ...statement, name: named };
  }
  return statement;
}

/** The deepest element of `block` whose own line is the label alone. */
function findLabel(block: Element): Element | undefined {
  let found: Element | undefined;
  for (const el of queryAll(block, '*').slice(0, 50)) {
    if (SOLD_BY_LABEL_ONLY.test(readLine(el))) found = el;
  }
  return found;
}

/**
 * The single statement made by the blocks `selector` matches (the platform's buy box), with the
 * trader status stated anywhere in those blocks (« idigital - Vendeur pro sélectionné par… »).
 * Different names in different blocks: undefined.
 */
export function buyBoxStatement(doc: Document, selector: string, nameSelector?: string): Statement | undefined {
  const statements = queryAll(doc, selector)
    .slice(0, 20)
    .map((block) => ({ block, statement: readStatement(block, nameSelector) }))
    .filter((s): s is { block: Element; statement: Statement } => !!s.statement);
  const name = onlyName(statements.map((s) => s.statement.name));
  if (!name) return undefined;
  const trader = agreeingTrader(statements.map((s) => s.statement.trader ?? traderBeside(readText(s.block), s.statement.name)));
  return trader ? { name, trader } : { name };
}

/** The one trader status a set of readings states (undefined when none or contradictory). */
export function agreeingTrader(traders: readonly (Trader | undefined)[]): Trader | undefined {
  const stated = new Set(traders.filter((t): t is Trader => !!t));
  return stated.size === 1 ? stated.values().next().value : undefined;
}

/**
 * Every statement found by walking the page's text nodes, within the reading's budget, in
 * document order. Returns undefined when the budget ran out first: a partial walk cannot tell
 * whether another, different seller is stated further down.
 */
export function pageStatements(root: Node): Statement[] | undefined {
  const budget = activeBudget();
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Statement[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!budget.spend()) return undefined;
    const value = node.nodeValue ?? '';
    if (value.length > 2 * STATEMENT_MAX || !HINT.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || NOT_TEXT.has(parent.tagName.toUpperCase())) continue;
    const statement = statementAround(parent);
    if (statement) found.push(statement);
    if (found.length > 20) break;
  }
  return budget.exhausted ? undefined : found;
}

/** The statement of the smallest block around a text node's parent that reads "<label> <name>". */
function statementAround(start: Element): Statement | undefined {
  let el: Element | null = start;
  for (let level = 0; el && level < CLIMB; level += 1, el = el.parentElement) {
    // Read just past STATEMENT_MAX: a longer block is prose, whatever follows.
    const line = readTextUpTo(el, STATEMENT_MAX + 1);
    if (line.length > STATEMENT_MAX) return undefined;
    const statement = readStatement(el);
    if (!statement) continue;
    const trader = statement.trader ?? traderBeside(line, statement.name);
    return trader ? { ...statement, trader } : statement;
  }
  return undefined;
}

/** The single seller the page states in its text (repeats allowed), or undefined. */
export function onlyPageStatement(doc: Document): Statement | undefined {
  const statements = pageStatements(doc.body ?? doc);
  if (!statements) return undefined;
  const name = onlyName(statements.map((s) => s.name));
  if (!name) return undefined;
  const trader = agreeingTrader(statements.map((s) => s.trader));
  return trader ? { name, trader } : { name };
}
