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
}

/** The platform's status per edition, oldest first. */
export function statusHistory(platform: Pick<Platform, 'charter'>): HistoryEntry[] {
  return EDITION_IDS.map((edition) => {
    const s = platform.charter[edition];
    return { edition, status: s.status, date: s.date, isInferred: s.confidence === 'I' };
  });
}
