/**
 * Text helpers shared by the seller extractors. Names are read from what a person sees: text
 * content only (never innerHTML), with script and style text left out, whitespace collapsed,
 * control and bidi-override characters removed, and cut to SELLER_NAME_MAX characters. (The
 * structured-data readers take the page's JSON-LD text and microdata `content`; a seller tag's
 * `title` may say « Vendeur professionnel », which only ever maps to a trader status.) Every walk
 * spends from the reading's budget (budget.ts).
 */
import { activeBudget } from './budget';
import type { Seller, Trader } from './types';

/** Longest seller name we keep; longer names are cut and end with "…". */
export const SELLER_NAME_MAX = 80;

/** A longer block is not a seller line (a description, a review): extractors skip it. */
export const STATEMENT_MAX = 200;

export const UNKNOWN: Seller = Object.freeze({ kind: 'unknown' }) as Seller;

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

/**
 * A seller name fit for display, or undefined when nothing is left: cleaned, stripped of
 * surrounding quotes and trailing punctuation, cut to SELLER_NAME_MAX characters.
 */
export function cleanName(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let name = collapse(raw)
    .replace(/^[\s"'«»“”‘’:;,.\-–—|]+/, '')
    .replace(/[\s"'«»“”‘’:;,\-–—|]+$/, '')
    // A final full stop ends the sentence ("… par Amazon."), unless it closes an abbreviation
    // ("S.à r.l.", "Co.") that a letter-dot pair right before it gives away.
    .replace(/(?<![.\s][\p{L}\d])\.+$/u, '')
    .trim();
  if (!name) return undefined;
  const chars = Array.from(name);
  if (chars.length > SELLER_NAME_MAX) name = `${chars.slice(0, SELLER_NAME_MAX - 1).join('').trimEnd()}…`;
  return name;
}

/**
 * A Seller with a cleaned name; a kind that needs a name and has none becomes unknown. The
 * platform carries no trader status (it is the marketplace itself); a private seller always
 * carries 'private', and a third party stated as private becomes 'private'.
 */
export function makeSeller(kind: Seller['kind'], rawName?: string | null, trader?: Trader): Seller {
  if (kind === 'unknown') return UNKNOWN;
  const name = cleanName(rawName);
  if (kind === 'platform') return name ? { kind, name } : { kind };
  if (!name) return UNKNOWN;
  if (kind === 'private' || trader === 'private') return { kind: 'private', name, trader: 'private' };
  return trader === 'professional' ? { kind, name, trader } : { kind, name };
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

/** Escapes a label for a RegExp; labels are plain text. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "Sold by" wordings, longest first so "Vendu et expédié par" wins over "Vendu par". Each one
 * names the seller right after it; the shipper, when named too, comes after a join word.
 */
const SOLD_BY_LABELS: readonly string[] = [
  // French
  'Expédié et vendu par', 'Vendu et expédié par', 'Vendu et livré par', 'Livré et vendu par', 'Vendu par',
  // English
  'Ships from and sold by', 'Dispatched from and sold by', 'Sold and shipped by', 'Sold and dispatched by', 'Sold by',
  // German
  'Verkauf und Versand durch', 'Verkauf durch', 'Verkauft und versendet von', 'Verkauft und versendet durch', 'Verkauft von', 'Verkauft durch',
  // Dutch and Swedish (amazon.nl, amazon.se, amazon.com.be)
  'Verzonden en verkocht door', 'Verkocht en verzonden door', 'Verkocht door',
  'Skickas från och säljs av', 'Säljs och skickas av', 'Säljs av',
  // Italian
  'Spedito e venduto da', 'Venduto e spedito da', 'Venduto da',
  // Spanish
  'Enviado y vendido por', 'Vendido y enviado por', 'Vendido por',
];

// « Vendeur : X » / "Seller: X" name the seller too, but only with their colon (« Vendeur favori » does not).
const LABEL_ALTERNATION = [
  ...SOLD_BY_LABELS.map((l) => escape(l).replace(/ /g, '\\s+').replace(/[éè]/g, '[ée]')),
  'Vendeur(?=\\s*:)',
  'Seller(?=\\s*:)',
  'Verkäufer(?=\\s*:)',
  'Sprzedawca(?=\\s*:)',
].join('|');
// Where the seller's name stops: the shipper clause, a new sentence, a separator. (No \b after
// "expédié": without the u flag, \b sees "é" as a non-word character.)
// A trader word right after the name (« momox, professionnel », « FLOATUP (PRO) », « idigital -
// Vendeur pro… », « X - 4,6/5 ») ends it too; a dash inside a name (« Maison - Jardin ») does not.
const NAME_END =
  /\s+(?:and|et|und|e|y|en|och)\s+(?:is\s+)?(?:fulfilled|ships?|shipped|dispatched|exp[ée]di[ée]e?s?|livr[ée]e?s?|versand|versendet|spedito|enviado|gestionado|verzonden|skickas)(?=[\s.,;:!]|$)|\.\s|\s[|·•]\s|\s[-–—]\s(?=vendeur|seller|pro\b|professionnel|particulier|\d)|\s+(?:Ships from|Dispatches from|Expédié par|Livré par|Versand durch|Spedito da|Enviado por)\b|\s*,\s*(?:vendeur\s+)?(?:pro|professionnel|particulier)\b|\s*\(\s*(?:vendeur\s+)?(?:pro|professionnel|particulier)\s*\)/i;

/** The label alone ("Sold by", "Vendu par :"), e.g. in a two-column table. */
export const SOLD_BY_LABEL_ONLY = new RegExp(`^(?:${LABEL_ALTERNATION})\\s*:?$`, 'i');

/**
 * Reads "<sold-by label> <name>" at the START of a line of text, as on Amazon's
 * "Expédié et vendu par VELIHOTUBUYE." or Cdiscount's « Vendu et expédié par Cdiscount ».
 * Returns the raw name, or undefined when the text does not start with a sold-by label.
 * @example soldByName('Venduto da GlobalNetOnline e spedito da Amazon.') // 'GlobalNetOnline'
 */
export function soldByName(text: string): string | undefined {
  const m = new RegExp(`^(?:${LABEL_ALTERNATION})\\s*:?\\s*(.+)$`, 'i').exec(collapse(text));
  if (!m) return undefined;
  const rest = m[1]!;
  const end = NAME_END.exec(rest);
  return cleanName(end ? rest.slice(0, end.index) : rest);
}

/**
 * Reads "<label> <name>" ANYWHERE in a short text where labels run together, as on Amazon's
 * accordion header "Ships from: Amazon Sold by: Amazon Warehouse".
 */
export function soldByNameInside(text: string): string | undefined {
  const flat = collapse(text);
  const m = new RegExp(`(?:^|\\s)((?:${LABEL_ALTERNATION})\\s*:?\\s*.+)$`, 'i').exec(flat);
  return m ? soldByName(m[1]!) : undefined;
}

/** The one name a list holds (ignoring case and repeats), or undefined for none or several. */
export function onlyName(names: readonly (string | undefined)[]): string | undefined {
  const distinct = new Map<string, string>();
  for (const n of names) if (n) distinct.set(n.toLocaleLowerCase(), n);
  return distinct.size === 1 ? distinct.values().next().value : undefined;
}

// What a page writes to say the seller is a business or a private person, in the seller's own
// block only (a footer's « Vente aux professionnels » is about something else). Plural forms
// (« des professionnels ») are left out on purpose: they speak of sellers in general.
const PROFESSIONAL =
  /\bvendeur\s+pro\b|\bprofessionnel(?:le)?\b|\bprofessional\s+seller\b|\bbusiness\s+seller\b|\bgewerblicher\s+verk[äa]ufer|\bvenditore\s+professionale\b|\bvendedor\s+profesional\b|\(\s*pro\s*\)|^pro$|\bSELLER_PRO\b/i;
const PRIVATE =
  /\bparticulier\b|\bprivate\s+seller\b|\bprivat(?:er\s+)?verk[äa]ufer|\bvenditore\s+privato\b|\bvendedor\s+particular\b|\bSELLER_(?:PARTICULIER|PARTICULAR|PRIVATE|INDIVIDUAL|PERSO)\b/i;

/** The trader status a short text states, or undefined when it states none, or both. */
export function traderIn(text: string | null | undefined): Trader | undefined {
  if (!text) return undefined;
  const pro = PROFESSIONAL.test(text);
  const priv = PRIVATE.test(text);
  return pro === priv ? undefined : pro ? 'professional' : 'private';
}

/**
 * The trader status a seller block states beside the seller's name: the name itself is taken
 * out first, so a shop called « Le Particulier Malin » or "Pro Audio" says nothing about its status.
 */
export function traderBeside(text: string, name: string): Trader | undefined {
  if (!name) return traderIn(text);
  return traderIn(text.split(new RegExp(escape(name), 'i')).join(' \u2022 '));
}

/** A seller statement's parts: the name, and the trader status when the same line states it. */
export interface Statement {
  name: string;
  trader?: Trader;
}

/**
 * « Vendu par momox, professionnel » → { name: 'momox', trader: 'professional' }: the name as
 * {@link soldByName} reads it, and the trader word written after it on the same line.
 */
export function readSoldBy(text: string): Statement | undefined {
  const name = soldByName(text);
  if (!name) return undefined;
  const flat = collapse(text);
  const after = flat.slice(flat.indexOf(name) + name.length);
  const trader = traderIn(after.slice(0, 40));
  return trader ? { name, trader } : { name };
}

/** A Seller for a stated name: the platform's own when `own` matches, else a third party (private when stated). */
export function sellerFromStatement(statement: Statement | undefined, own: RegExp | undefined): Seller {
  if (!statement) return UNKNOWN;
  if (own?.test(statement.name)) return makeSeller('platform', statement.name);
  if (statement.trader === 'private') return makeSeller('private', statement.name, 'private');
  return makeSeller('third-party', statement.name, statement.trader);
}
