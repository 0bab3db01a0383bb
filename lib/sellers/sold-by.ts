/**
 * The wordings a page uses to state the seller (« Vendu par X », "Sold by X", « Vendeur : X ») and
 * its trader status (« professionnel », « particulier »), read from a line of text.
 */
import { cleanName, makeSeller, UNKNOWN } from './make-seller';
import { collapse } from './page-text';
import type { Seller, Trader } from './types';

/** A longer block is not a seller line (a description, a review): extractors skip it. */
export const STATEMENT_MAX = 200;

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
  'Expédié et vendu par', 'Vendu et expédié par', 'Vendu et envoyé par', 'Vendu et livré par', 'Livré et vendu par', 'Vendu par',
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
  /\s+(?:and|et|und|e|y|en|och)\s+(?:is\s+)?(?:fulfilled|ships?|shipped|dispatched|exp[ée]di[ée]e?s?|envoy[ée]e?s?|livr[ée]e?s?|versand|versendet|spedito|enviado|gestionado|verzonden|skickas)(?=[\s.,;:!]|$)|\.\s|\s[|·•]\s|\s[-–—]\s(?=vendeur|seller|pro\b|professionnel|particulier|\d)|,?\s+(?:Ships from|Dispatches from|Expédié par|Envoyé par|Livré par|Versand durch|Spedito da|Enviado por)\b|\s*,\s*(?:vendeur\s+)?(?:pro|professionnel|particulier)\b|\s*\(\s*(?:vendeur\s+)?(?:pro|professionnel|particulier)\s*\)/i;

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
