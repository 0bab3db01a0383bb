import { EDITION_IDS, type EditionId } from '../../data/charter/types';
import type { EditionStatusKind, Platform } from '../../data/platforms/types';
import { displayStatus } from '../status';

/** One line of the card's status history. */
export interface HistoryEntry {
  edition: EditionId;
  status: EditionStatusKind;
  /** ISO date at the precision of the sources; for not-listed, the review date. */
  date: string;
  /** The status rests on an inference, and the card must say so (brief: [I]). */
  isInferred: boolean;
  /**
   * The card's status line already says this edition's status (and that it is inferred): the
   * card then adds only its date, so the status is said once (issue 24).
   */
  isStated: boolean;
  /** The group whose act this is, as the sources name it (Fnac Darty for Fnac and Darty, Alibaba for AliExpress). */
  group?: string;
}

/**
 * The platform's status per edition, oldest first. The short status line (lib/status.ts) names
 * the 2019 edition for signatories and decliners, both editions for renewed signatories, the
 * renewal (and a 2019 refusal) for those who joined it, and both for not-listed platforms.
 */
export function statusHistory(platform: Pick<Platform, 'charter'>): HistoryEntry[] {
  const display = displayStatus(platform);
  const stated = (edition: EditionId, status: EditionStatusKind): boolean => {
    if (display === 'not-listed') return true;
    // Amazon's line names its 2019 refusal too (issue 22).
    if (display === 'renewal-signatory') return edition === '2020-renewal' || status === 'declined';
    return edition === '2019' || (display === 'signatory' && status === 'signatory');
  };
  return EDITION_IDS.map((edition) => {
    const s = platform.charter[edition];
    const group = s.status === 'not-listed' ? undefined : (s.via ?? s.signedAs);
    return { edition, status: s.status, date: s.date, isInferred: s.confidence === 'I', isStated: stated(edition, s.status), ...(group ? { group } : {}) };
  });
}
