import type frPill from '../../../locales/fr/pill';
import { createTranslator, resolveLang, type Translate } from '../../i18n';
import type { Settings } from '../../settings';
import type { Lang } from '../../text';

/**
 * The pill's own strings in one language (locales/fr/pill.ts). A first stage gets them with its
 * group, written and typeset at build time: no table to typeset when a page starts.
 */
export type PillStrings = Readonly<Record<keyof typeof frPill, string>>;

const translators = new WeakMap<PillStrings, Translate>();

/** The language the pill speaks: the user's setting, or the browser's. */
export function pillLang(settings: Pick<Settings, 'language'>): Lang {
  return resolveLang(settings.language, navigator.language);
}

/** The translator over `strings` for the user's language setting (or the browser's). */
export function pillTranslator(strings: Readonly<Record<Lang, PillStrings>>, settings: Pick<Settings, 'language'>): Translate {
  const table = strings[pillLang(settings)];
  let t = translators.get(table);
  if (!t) translators.set(table, (t = createTranslator(table)));
  return t;
}
