import { EDITION_IDS, type EditionId } from '../../data/charter/types';
import type { EditionStatusKind, Platform } from '../../data/platforms/types';

/** One line of the card's status history. */
export interface HistoryEntry {
  edition: EditionId;
  status: EditionStatusKind;
  /** ISO date at the precision of the sources; for not-listed, the review date. */
  date: string;
  /** The status rests on an inference, and the card must say so (brief: [I]). */
  isInferred: boolean;
  /** The group whose act this is, as the sources name it (Fnac Darty for Fnac and Darty, Alibaba for AliExpress). */
  group?: string;
}

/** The platform's status per edition, oldest first. */
export function statusHistory(platform: Pick<Platform, 'charter'>): HistoryEntry[] {
  return EDITION_IDS.map((edition) => {
    const s = platform.charter[edition];
    const group = s.status === 'not-listed' ? undefined : (s.via ?? s.signedAs);
    return { edition, status: s.status, date: s.date, isInferred: s.confidence === 'I', ...(group ? { group } : {}) };
  });
}
