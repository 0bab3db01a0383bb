/**
 * The country an address's country line names, as ISO 3166-1 alpha-2, and a code's name in the
 * shopper's language. Names come from the browser's own region names (Intl.DisplayNames, in the
 * languages of data/countries.ts) plus the page wordings listed there: nothing is fetched.
 */
import { COUNTRY_ALIASES, COUNTRY_NAME_LANGUAGES, ISO_3166_ALPHA2 } from '../../data/countries';

const CODES: ReadonlySet<string> = new Set(ISO_3166_ALPHA2);
// A country line is short; a longer one is an address line that happens to mention a country.
const LINE_MAX = 60;

/** Lower case, no accents, no punctuation, single spaces: « France métropolitaine » → "france metropolitaine". */
export function normalizeCountryName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let names: Map<string, string> | undefined;

/** Built once, on the first country line read (a few thousand lookups in the browser's tables). */
function nameTable(): Map<string, string> {
  if (names) return names;
  const table = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const key = name ? normalizeCountryName(name) : '';
    if (key && !table.has(key)) table.set(key, code);
  };
  for (const [name, code] of Object.entries(COUNTRY_ALIASES)) add(name, code);
  const Display = (globalThis.Intl as { DisplayNames?: typeof Intl.DisplayNames }).DisplayNames;
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      let display: Intl.DisplayNames | undefined;
      try {
        display = Display ? new Display([lang], { type: 'region', style, fallback: 'none' }) : undefined;
      } catch {
        display = undefined;
      }
      if (!display) continue;
      for (const code of ISO_3166_ALPHA2) {
        try {
          add(display.of(code), code);
        } catch {
          // An engine without this region: the aliases still apply.
        }
      }
    }
  }
  names = table;
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
  const table = nameTable();
  const whole = table.get(normalizeCountryName(line));
  if (whole) return whole;
  const last = line.split(/[,/]/).pop();
  return last !== undefined && last !== line ? table.get(normalizeCountryName(last)) : undefined;
}

/** True for an officially assigned ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && CODES.has(code);
}

/** The country's name in the shopper's language (« Allemagne », "Germany"), or the code itself. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
