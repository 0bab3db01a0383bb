import { describe, expect, it } from 'vitest';
import type { Confidence, EditionId } from '@/data/charter/types';
import type { EditionStatus, EditionStatusKind, Platform } from '@/data/platforms/types';
import { DISPLAY_STATUSES, decisiveEdition, displayStatus, isInferred, type DisplayStatus } from '@/lib/status';

const status = (kind: EditionStatusKind, date: string, confidence: Confidence = 'S'): EditionStatus => ({
  status: kind,
  date,
  confidence,
  sources: ['netpme'],
});

const platform = (first: EditionStatus, renewal: EditionStatus): Pick<Platform, 'charter'> => ({
  charter: { '2019': first, '2020-renewal': renewal },
});

// Every pair of per-edition statuses, and what the single display status must be.
const CASES: Array<[EditionStatusKind, EditionStatusKind, DisplayStatus, EditionId]> = [
  ['signatory', 'signatory', 'signatory', '2019'],
  ['signatory', 'declined', 'signatory', '2019'],
  ['signatory', 'not-listed', 'signatory', '2019'],
  ['declined', 'signatory', 'renewal-signatory', '2020-renewal'],
  ['declined', 'declined', 'declined', '2019'],
  ['declined', 'not-listed', 'declined', '2019'],
  ['not-listed', 'signatory', 'renewal-signatory', '2020-renewal'],
  ['not-listed', 'declined', 'not-listed', '2019'],
  ['not-listed', 'not-listed', 'not-listed', '2019'],
];

describe('displayStatus and decisiveEdition', () => {
  it.each(CASES)('2019 %s + 2020 %s → %s, dated by %s', (first, renewal, expected, edition) => {
    const p = platform(status(first, '2019-03-26'), status(renewal, '2020-12'));
    expect(displayStatus(p)).toBe(expected);
    expect(decisiveEdition(p)).toBe(p.charter[edition]);
  });

  it('reaches each of the four display statuses', () => {
    expect(new Set(CASES.map((c) => c[2]))).toEqual(new Set(DISPLAY_STATUSES));
  });
});

describe('isInferred', () => {
  const CONFIDENCES: Confidence[] = ['S', 'S-code', 'I', 'GK', 'U'];
  it.each(CONFIDENCES.flatMap((a) => CONFIDENCES.map((b) => [a, b] as const)))('2019 %s, 2020 %s', (a, b) => {
    const p = platform(status('signatory', '2019-03-26', a), status('signatory', '2020-12', b));
    expect(isInferred(p)).toBe(a === 'I' || b === 'I');
  });
});
