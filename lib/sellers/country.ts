/**
 * The country an address's country line names, as ISO 3166-1 alpha-2, and a code's name in the
 * shopper's language. Country lines are matched against data/countries.ts (a static table: no
 * lookup in the browser's region names while reading a page, which would cost more than a whole
 * reading's time budget the first time); the shopper's-language name comes from Intl.DisplayNames
 * when the card is drawn. Nothing is fetched.
 */
import { COUNTRY_NAMES } from '../../data/countries';

// A country line is short; a longer one is an address line that happens to mention a country.
const LINE_MAX = 60;

/** Lower case, no accents, no punctuation, single spaces: « France métropolitaine » → "france metropolitaine". */
function normalizeCountryName(text: string): string {
  // Most names are plain ASCII: no need to decompose them.
  const plain = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
  return plain
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let table: Map<string, string> | undefined;

/** Normalized name → code, built on the first country line read (about five hundred names). */
function nameTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
    for (const name of names.split('|')) {
      const key = normalizeCountryName(name);
      if (key && !table.has(key)) table.set(key, code);
    }
  }
  return table;
}

/**
 * The ISO code of the country a line names, or undefined. The whole line must be a country name
 * (« Deutschland », « France métropolitaine », "United Kingdom", « 香港 »), or its last part after
 * a comma or slash (« 90596 Schwanstetten / Deutschland »); a street line that mentions a
 * country is not one.
 * @example countryOf('Italia') // 'IT'
 */
export function countryOf(line: string | null | undefined): string | undefined {
  if (typeof line !== 'string' || !line || line.length > LINE_MAX) return undefined;
  const names = nameTable();
  const whole = names.get(normalizeCountryName(line));
  if (whole) return whole;
  const last = line.split(/[,/]/).pop();
  return last !== undefined && last !== line ? names.get(normalizeCountryName(last)) : undefined;
}

/** True for a code of data/countries.ts (the only codes a reading gives). */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && Object.hasOwn(COUNTRY_NAMES, code);
}

/** The country's name in the shopper's language (« Allemagne », "Germany"), or the code itself. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
