import type { Platform } from '../../../data/platforms/types';
import { createT } from '../../i18n';
import { chipStatus, shortStatus } from '../../status';
import type { Lang } from '../../text';

/** What the pill says of a platform's status in one language, wherever the page is. */
export interface PillLines {
  /** The short status line, before the note a non-French host adds (lib/status.ts scopedToHost). */
  short: string;
  /** The phone chip. */
  chip: string;
}

export type PillLinesByLang = Readonly<Record<Lang, PillLines>>;

/**
 * A platform's two pill lines in both languages, from the one status table (locales/fr/status-lines.ts)
 * and the same functions as every other surface. Run by the platform registry at build time: a
 * first stage carries its own platforms' lines, not the table nor the rules that pick from it.
 */
export function pillLinesOf(platform: Pick<Platform, 'charter'>): PillLinesByLang {
  const lines = (lang: Lang): PillLines => {
    const t = createT(lang);
    return { short: shortStatus(platform, t), chip: chipStatus(platform, t) };
  };
  return { fr: lines('fr'), en: lines('en') };
}
