/**
 * What the card shows of a business seller's identity: one compact line (« Elektro-Himmel GmbH,
 * Allemagne · HRB 13800 ») and, one disclosure down, the address and the numbers with the
 * page's own labels. The same for every country: the country is a name, nothing more.
 */
import type { MessageKey } from '../../locales';
import { countryName } from './country';
import { checkFrenchRegister, checkFrenchVat, type NumberCheck } from './french-numbers';
import type { Seller, TraderNumber } from './types';

/** One number as the disclosure lists it: the page's label and value, and whether it is malformed. */
export interface StatedNumber extends TraderNumber {
  /** True when an offline format/check-digit check fails: shown "as stated by the page". */
  isMalformed: boolean;
}

export interface IdentityView {
  /** Legal name, else the seller's name. */
  name: string;
  /** ISO code and its name in the shopper's language, when the page states a country. */
  country?: { code: string; name: string };
  /** The number of the compact line, with our short label when its value carries none. */
  number?: { key: MessageKey; value: string; isMalformed: boolean };
  address: readonly string[];
  numbers: readonly StatedNumber[];
}

// A value that names its register itself: « HRB 13800 », « RCS Nanterre B 811 847 243 ».
const SELF_LABELLED = /^(?:HR[AB]|GnR|PR|VR|RCS|R\.C\.S\.|SIREN|SIRET|REA|CRN|KvK|CIF|NIF|Amtsgericht|AG)\b/i;

// Register names short enough to label a number in the compact line.
const SHORT_LABEL = /\b(?:SIREN|SIRET|RCS|REA|CRN|KvK|NIF|CIF)\b/;

function checkOf(kind: 'register' | 'vat', n: TraderNumber, country: string | undefined): NumberCheck | undefined {
  return kind === 'vat' ? checkFrenchVat(n.value) : checkFrenchRegister(n.label, n.value, country);
}

/** The country in the shopper's language; the short form where the long one is an administrative title. */
function nameOf(code: string, lang: string): string {
  const long = countryName(code, lang);
  if (long.length <= 24) return long;
  try {
    return new Intl.DisplayNames([lang], { type: 'region', style: 'short' }).of(code) ?? long;
  } catch {
    return long;
  }
}

/**
 * The card's view of a third party's stated identity, or null when there is none to show (no
 * identity, or nothing but an address without a name or country).
 */
export function describeIdentity(seller: Seller, lang: string): IdentityView | null {
  const identity = seller.kind === 'third-party' ? seller.identity : undefined;
  if (!identity) return null;
  const name = identity.name ?? seller.name;
  if (!name) return null;
  const country = identity.country ? { code: identity.country, name: nameOf(identity.country, lang) } : undefined;
  const numbers: StatedNumber[] = [];
  let number: IdentityView['number'];
  for (const kind of ['register', 'vat'] as const) {
    const stated = identity[kind];
    if (!stated) continue;
    const isMalformed = checkOf(kind, stated, identity.country) === 'malformed';
    numbers.push({ ...stated, isMalformed });
    if (number) continue;
    // The page's own short name of the register where its label has one (« Numéro SIREN » → SIREN).
    const short = kind === 'register' ? SHORT_LABEL.exec(stated.label)?.[0] : undefined;
    if (SELF_LABELLED.test(stated.value)) number = { key: 'seller.identity.number', value: stated.value, isMalformed };
    else if (short) number = { key: 'seller.identity.number', value: `${short} ${stated.value}`, isMalformed };
    else number = { key: kind === 'vat' ? 'seller.identity.vat' : 'seller.identity.register', value: stated.value, isMalformed };
  }
  if (!country && !number && !identity.name) return null;
  return { name, country, number, address: identity.address ?? [], numbers };
}
