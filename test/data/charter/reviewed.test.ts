import { describe, expect, it } from 'vitest';
import { REVIEWED_ON } from '@/data/charter';
import { checkReviewAge } from '../../helpers/validate-data';

describe('the facts are reviewed at least once a year', () => {
  it('REVIEWED_ON is at most twelve months old (see docs/REVIEW.md)', () => {
    const problems = checkReviewAge(REVIEWED_ON, new Date());
    // The message says what to do; show it as the failure text.
    expect(problems.map((p) => p.message).join('\n')).toBe('');
  });

  it('fails a day past twelve months, with a message pointing to docs/REVIEW.md', () => {
    const today = new Date(Date.UTC(2027, 10, 30));
    expect(checkReviewAge('2026-11-30', today)).toEqual([]);
    const [problem] = checkReviewAge('2026-11-29', today);
    expect(problem?.code).toBe('review-stale');
    expect(problem?.message).toMatch(/docs\/REVIEW\.md/);
  });

  it('rejects a review date in the future or that is not a day', () => {
    const today = new Date(Date.UTC(2026, 10, 29));
    expect(checkReviewAge('2026-11-30', today).map((p) => p.code)).toEqual(['review-in-future']);
    expect(checkReviewAge('2026-11', today).map((p) => p.code)).toEqual(['review-date']);
    expect(checkReviewAge('2026-02-30', today).map((p) => p.code)).toEqual(['review-date']);
  });
});
