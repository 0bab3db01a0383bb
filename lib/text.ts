/** The two languages every user-visible text exists in. French is the default. */
export type Lang = 'fr' | 'en';

/** A user-visible text in both languages. Data files carry their texts this way. */
export interface Text {
  fr: string;
  en: string;
}

/** U+00A0 NO-BREAK SPACE: French puts it before « : » and inside « ». */
export const NBSP = '\u00a0';
/** U+202F NARROW NO-BREAK SPACE: French puts it before « ; ! ? ». */
export const NNBSP = '\u202f';

/**
 * French typography for a sentence written with ordinary spaces, so that sources stay readable:
 * the space before « : » becomes a no-break space, before « ; ! ? » a narrow one, and the
 * inside of « » gets a no-break space (added where the source has none). Nothing else changes.
 * @example typesetFrench('Vendu par : « X »') // 'Vendu par\u00a0: «\u00a0X\u00a0»'
 */
export function typesetFrench(s: string): string {
  return s
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}

/** A French string table with {@link typesetFrench} applied to every value; keys unchanged. */
export function frenchTable<T extends Record<string, string>>(table: T): T {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(table)) out[key] = typesetFrench(value);
  return out as T;
}

/** Picks the text for a language (French typeset as in {@link typesetFrench}). */
export function pick(text: Text, lang: Lang): string {
  return lang === 'fr' ? typesetFrench(text.fr) : text.en;
}
