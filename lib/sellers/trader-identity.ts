/**
 * A business seller's legal identity as a marketplace page states it (EU law has the trader's
 * name, address and registration numbers shown on the offer): read as lines of text from the
 * page's block, each field only if stated, cleaned and bounded. Nothing is looked up anywhere.
 */
import { activeBudget } from './budget';
import { cleanName } from './make-seller';
import { BLOCK as LINE_BLOCK, collapse, NOT_TEXT } from './page-text';
import { countryOf, isCountryCode } from './country';
import type { TraderIdentity, TraderNumber } from './types';

/** Longest address line, number label or number value kept. */
export const IDENTITY_TEXT_MAX = 120;
/** Address lines kept at most (eBay shows up to seven). */
const ADDRESS_LINES_MAX = 8;
// Lines of a block read at most: a trader block is a dozen lines; the rest is terms of sale.
const LINES_MAX = 80;
// A longer line is prose (« Die Mehrwertsteuer wird … ausgewiesen. », a free-text notice), not an address line.
const ADDRESS_LINE_MAX = 90;

// Elements that start a new line: a table cell and an address block too, here.
const BLOCK: ReadonlySet<string> = new Set([...LINE_BLOCK, 'TD', 'TH', 'ADDRESS']);
// Controls are not statements: « Vollständige Informationen », "Show contact information", terms-of-sale toggles.
const CONTROL = new Set(['BUTTON', 'SELECT', 'INPUT', 'LABEL', 'OPTION']);

/**
 * The lines of a block as a person reads them: text broken at block-level elements, without
 * scripts, text areas (the terms of sale), buttons or javascript: links, each line collapsed.
 */
export function blockLines(root: Element, limit = LINES_MAX): string[] {
  const budget = activeBudget();
  const lines: string[] = [];
  let current = '';
  let isStopped = false;
  const flush = () => {
    const line = collapse(current);
    current = '';
    if (line && lines.length < limit) lines.push(line.length > 400 ? line.slice(0, 400) : line);
    if (lines.length >= limit) isStopped = true;
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !isStopped; child = child.nextSibling) {
      if (!budget.spend()) {
        isStopped = true;
        return;
      }
      if (child.nodeType === 3) {
        if (current.length < 2000) current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (NOT_TEXT.has(tag) || CONTROL.has(tag) || el.getAttribute('role') === 'button') continue;
        if (tag === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) continue;
        const isBlock = BLOCK.has(tag);
        if (isBlock) flush();
        else current += ' ';
        walk(el);
        if (isBlock) flush();
        else current += ' ';
      }
    }
  };
  walk(root);
  if (!isStopped) flush();
  return lines;
}

/** A label/value row: « Handelsregisternummer: HRB 30243 », or the label alone (its value on the next line). */
const ROW = /^([^:：]{2,60}?)\s*[:：]\s*(.*)$/;

// Labels of trade-register numbers and VAT numbers, in the hosts' languages (eBay's own labels
// first: « Handelsregisternummer », "Company registration number", « Numéro d'immatriculation de
// la société », « Numero di iscrizione… »). VAT is tested first: "VAT registration number" is a VAT number.
const VAT_LABEL =
  /\b(?:vat|tva|umsatzsteuer\S*|ust\.?\s*-?\s*id\S*|ust\.?\s*-?\s*ident\S*|mwst\S*|partita\s+iva|p\.?\s*iva|iva|nif|cif|btw|nip|vat\s+id)\b/i;
const REGISTER_LABEL =
  /regist|immatricul|iscrizion|handelsreg|\b(?:siren|siret|rcs|crn|kvk|rea)\b|company\s+n(?:o\b|umber)|trade\s+register|commercial\s+register/i;
// A stated number has digits; « AU null » or « Amtsgericht Offenbach » alone is not one.
const HAS_NUMBER = /\d.*\d/;
// Template leftovers some blocks show in place of a field (« default default », « - - », « null »).
const FILLER = /^(?:(?:default|null|undefined|n\/a|none|-+|–|—|\.)\s*)+$/i;

/** Cleans one stated text (an address line, a label, a number): plain text within IDENTITY_TEXT_MAX, or undefined. */
export function cleanIdentityText(raw: unknown, max = IDENTITY_TEXT_MAX): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = collapse(raw).replace(/[<>]/g, '').replace(/^[\s:：,;|·•-]+|[\s:：,;|·•]+$/g, '');
  if (!text || FILLER.test(text) || !/[\p{L}\p{N}]/u.test(text)) return undefined;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
}

function makeNumber(label: string, value: string): TraderNumber | undefined {
  const cleanLabel = cleanIdentityText(label, 60);
  const cleanValue = cleanIdentityText(value, 60);
  if (!cleanLabel || !cleanValue || !HAS_NUMBER.test(cleanValue)) return undefined;
  return { label: cleanLabel, value: cleanValue };
}

/** The register and VAT numbers stated in label/value rows, the first of each kind. */
export function numbersIn(lines: readonly string[]): Pick<TraderIdentity, 'register' | 'vat'> {
  const found: Pick<TraderIdentity, 'register' | 'vat'> = {};
  for (let i = 0; i < lines.length; i += 1) {
    const row = ROW.exec(lines[i]!);
    if (!row) continue;
    const label = row[1]!;
    const kind = VAT_LABEL.test(label) ? 'vat' : REGISTER_LABEL.test(label) ? 'register' : undefined;
    if (!kind || found[kind]) continue;
    let value = row[2]!;
    // The label alone on its line: the value is the next line, unless that is another row.
    if (!value && i + 1 < lines.length && !ROW.test(lines[i + 1]!)) value = lines[i + 1]!;
    const number = makeNumber(label, value);
    if (number) found[kind] = number;
  }
  return found;
}

/** True for a line that ends an address: a label/value row, or prose. */
function endsAddress(line: string): boolean {
  return ROW.test(line) || line.length > ADDRESS_LINE_MAX;
}

/**
 * The address lines among `lines` (from the start): up to the first row or prose line, and, when
 * a line among them names a country, up to the last such line (the country closes an address).
 */
export function addressIn(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (const line of lines) {
    if (endsAddress(line) || kept.length >= ADDRESS_LINES_MAX) break;
    const clean = cleanIdentityText(line);
    if (clean) kept.push(clean);
  }
  // From the end: the country line is usually the last one, found in one lookup.
  for (let i = kept.length - 1; i >= 0; i -= 1) if (countryOf(kept[i])) return kept.slice(0, i + 1);
  return kept;
}

/**
 * Keeps a valid identity and drops the rest: text fields cleaned and bounded, the country an ISO
 * code that the address's country line gives (never taken on trust), nothing when nothing is left.
 */
export function sanitizeIdentity(raw: unknown): TraderIdentity | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const identity: TraderIdentity = {};
  const name = typeof r.name === 'string' ? cleanName(r.name.replace(/[<>]/g, '')) : undefined;
  if (name) identity.name = name;
  const address = Array.isArray(r.address)
    ? r.address.map((line) => cleanIdentityText(line)).filter((line): line is string => !!line).slice(0, ADDRESS_LINES_MAX)
    : [];
  if (address.length) {
    identity.address = address;
    const country = countryOf(address[address.length - 1]);
    if (isCountryCode(country)) identity.country = country;
  }
  for (const kind of ['register', 'vat'] as const) {
    const n = r[kind] as { label?: unknown; value?: unknown } | undefined;
    const number = n && typeof n === 'object' && typeof n.label === 'string' && typeof n.value === 'string' ? makeNumber(n.label, n.value) : undefined;
    if (number) identity[kind] = number;
  }
  return Object.keys(identity).length ? identity : undefined;
}

/** True when two identities state the same thing. */
export function sameIdentity(a: TraderIdentity | undefined, b: TraderIdentity | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
