import { badgePill as enPill } from '../../../locales/en/badge';
import enCommon from '../../../locales/en/common';
import { badgePill as frPill } from '../../../locales/fr/badge';
import frCommon from '../../../locales/fr/common';
import { createTranslator, resolveLang, type Translate } from '../../i18n';
import type { Settings } from '../../settings';
import type { Lang } from '../../text';

/** The pill's strings in both languages: the shared vocabulary (status lines) and the pill's own. */
const PILL_MESSAGES: Record<Lang, object> = {
  fr: { ...frCommon, ...frPill },
  en: { ...enCommon, ...enPill },
};

const translators: Partial<Record<Lang, Translate>> = {};

/** The translator for the user's language setting (or the browser's). */
export function pillTranslator(settings: Pick<Settings, 'language'>): Translate {
  const lang = resolveLang(settings.language, navigator.language);
  return (translators[lang] ??= createTranslator(PILL_MESSAGES[lang] as Parameters<typeof createTranslator>[0]));
}
