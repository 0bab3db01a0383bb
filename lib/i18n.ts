import { MESSAGES, type MessageKey } from '../locales';
import type { Lang } from './text';

/** The stored language choice: follow the browser, or a fixed language. */
export type LangPref = 'auto' | Lang;

/**
 * The language to show: the stored override, else the browser's UI language when it is
 * English, else French (the product's default).
 * @example resolveLang('auto', 'en-GB') // 'en'
 */
export function resolveLang(pref: LangPref, browserLang: string | undefined): Lang {
  if (pref === 'fr' || pref === 'en') return pref;
  return typeof browserLang === 'string' && /^en\b/i.test(browserLang) ? 'en' : 'fr';
}

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** A translator for one language; `{name}` placeholders are replaced from params. */
export function createT(lang: Lang): Translate {
  return createTranslator(MESSAGES[lang]);
}

/**
 * A translator over a given table; a key missing from it comes back as is. The content script
 * passes a table of only the strings it shows, so the popup's and side panel's stay out of it.
 */
export function createTranslator(table: Readonly<Partial<Record<MessageKey, string>>>): Translate {
  return (key, params) => {
    const template = table[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}

/** Formats an ISO date at its own precision ('2019-03-26', '2020-12', '2019') for a language. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  if (!mo) return y!;
  const opts: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}
