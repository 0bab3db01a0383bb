import type { Lang } from '../lib/text';
import { MESSAGES } from './index';

type ChromeMessages = Record<string, { message: string }>;

/** The _locales/<lang>/messages.json contents, built from the same dictionaries as the UI. */
export function manifestLocales(): Record<Lang, ChromeMessages> {
  const build = (lang: Lang): ChromeMessages => ({
    extName: { message: MESSAGES[lang]['ext.name'] },
    extDescription: { message: MESSAGES[lang]['ext.description'] },
    cmdToggleBadge: { message: MESSAGES[lang]['cmd.toggleBadge'] },
  });
  return { fr: build('fr'), en: build('en') };
}
