/** The two languages every user-visible text exists in. French is the default. */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A user-visible text in both languages. Data files carry their texts this way. */
export interface Text {
  fr: string;
  en: string;
}

/** Picks the text for a language. */
export function pick(text: Text, lang: Lang): string {
  return text[lang];
}
