import enPill from '../../../locales/en/pill';
import frPill from '../../../locales/fr/pill';
import { createTranslator, resolveLang, type Translate } from '../../i18n';
import type { Settings } from '../../settings';
import type { Lang } from '../../text';

/** The pill's own strings in both languages: its one table (locales/fr/pill.ts). */
const PILL_MESSAGES: Record<Lang, object> = { fr: frPill, en: enPill };

const translators: Partial<Record<Lang, Translate>> = {};

/** The language the pill speaks: the user's setting, or the browser's. */
export function pillLang(settings: Pick<Settings, 'language'>): Lang {
  return resolveLang(settings.language, navigator.language);
}

/** The translator for the user's language setting (or the browser's). */
export function pillTranslator(settings: Pick<Settings, 'language'>): Translate {
  const lang = pillLang(settings);
  return (translators[lang] ??= createTranslator(PILL_MESSAGES[lang] as Parameters<typeof createTranslator>[0]));
}
