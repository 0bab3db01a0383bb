/**
 * Offline checks of French company numbers as a page states them: SIREN (9 digits) and SIRET
 * (14 digits) carry a Luhn check digit; an FR VAT number is "FR", a two-character key and the
 * SIREN, the key being (12 + 3 × (SIREN mod 97)) mod 97 when it is numeric. A check says whether
 * the number is well formed, nothing about the business: a malformed one is shown "as stated by
 * the page", never as a warning.
 */

export type NumberCheck = 'well-formed' | 'malformed';

// La Poste's establishments share one SIREN; those whose SIRET fails Luhn follow a digit-sum rule.
const LA_POSTE_SIREN = '356000000';

/** Luhn over a string of digits (the SIREN/SIRET check). */
function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function checkSiren(siren: string): NumberCheck {
  return isLuhnValid(siren) ? 'well-formed' : 'malformed';
}

function checkSiret(siret: string): NumberCheck {
  if (isLuhnValid(siret)) return 'well-formed';
  if (!siret.startsWith(LA_POSTE_SIREN)) return 'malformed';
  const sum = Array.from(siret).reduce((s, c) => s + Number(c), 0);
  return sum % 5 === 0 ? 'well-formed' : 'malformed';
}

/** The numeric key an FR VAT number has for this SIREN. */
function frenchVatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return String(key).padStart(2, '0');
}

/**
 * Checks an FR VAT number ("FR 72811847243", "FR72 811 847 243"): undefined when the text is not
 * an FR VAT number at all (another country's, or words); the key is checked only when numeric
 * (letter keys, given to some businesses, are checked for form alone).
 */
export function checkFrenchVat(text: string): NumberCheck | undefined {
  const compact = text.replace(/[\s.\-]/g, '').toUpperCase();
  if (!compact.startsWith('FR')) return undefined;
  const m = /^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/.exec(compact);
  if (!m) return 'malformed';
  const [, key, siren] = m as unknown as [string, string, string];
  if (!/^\d{2}$/.test(key)) return 'well-formed';
  return key === frenchVatKey(siren) ? 'well-formed' : 'malformed';
}

/**
 * Checks a French SIREN or SIRET where a register number is stated as one: the label or the
 * value says SIREN/SIRET/RCS, or the seller's country is France and the value is 9 or 14 digits.
 * Undefined when it is not (a German HRB number, a UK company number).
 */
export function checkFrenchRegister(label: string, value: string, country: string | undefined): NumberCheck | undefined {
  const said = /\b(?:siren|siret|rcs)\b/i.test(`${label} ${value}`);
  if (!said && country !== 'FR') return undefined;
  const digits = value.replace(/^\s*(?:rcs|siren|siret)\b[^\d]*/i, '').replace(/[\s.\-]/g, '');
  // "RCS Nanterre B 811 847 243": the SIREN follows the court's name and the letter.
  const rcs = /(?:^|\D)(\d{9})$/.exec(value.replace(/[\s.\-]/g, ''));
  if (/^\d{9}$/.test(digits)) return checkSiren(digits);
  if (/^\d{14}$/.test(digits)) return checkSiret(digits);
  if (rcs) return checkSiren(rcs[1]!);
  return said ? 'malformed' : undefined;
}
