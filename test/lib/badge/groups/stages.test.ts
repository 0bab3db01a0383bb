import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { BADGE_STAGES, readsEveryHint, stageOf } from '@/lib/badge/groups/stages';

const rule = { name: '/x', path: /^\/x$/ };

describe('BADGE_STAGES', () => {
  it('lists each stage once, ending with the one a platform gets by default', () => {
    expect(new Set(BADGE_STAGES).size).toBe(BADGE_STAGES.length);
    expect(BADGE_STAGES.at(-1)).toBe('other');
  });
});

describe('stageOf', () => {
  it('is the stage the platform file names, else other', () => {
    expect(stageOf({ badge: { stage: 'amazon' } })).toBe('amazon');
    expect(stageOf({ badge: { stage: 'stores' } })).toBe('stores');
    expect(stageOf({})).toBe('other');
  });

  it('puts every shipped platform in a known stage', () => {
    for (const p of PLATFORMS) expect(BADGE_STAGES, p.id).toContain(stageOf(p));
  });
});

describe('readsEveryHint', () => {
  it('only where a platform has an ambiguous URL shape', () => {
    expect(readsEveryHint([])).toBe(false);
    expect(readsEveryHint([{}, { pages: { product: [rule] } }, { pages: { product: [], ambiguous: [] } }])).toBe(false);
    expect(readsEveryHint([{}, { pages: { product: [], ambiguous: [rule] } }])).toBe(true);
  });

  it('holds for the stage of Darty and Conforama, whose URLs the DOM settles', () => {
    const stageOfId = (id: string) => stageOf(PLATFORMS.find((p) => p.id === id)!);
    for (const id of ['darty', 'conforama']) expect(readsEveryHint(PLATFORMS.filter((p) => stageOf(p) === stageOfId(id))), id).toBe(true);
    expect(readsEveryHint(PLATFORMS.filter((p) => stageOf(p) === 'amazon'))).toBe(false);
  });
});
