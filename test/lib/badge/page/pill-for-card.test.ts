import { afterEach, describe, expect, it } from 'vitest';
import { findPillForCard, publishPillForCard, type PillForCard } from '@/lib/badge/page/pill-for-card';

const pillForCard = (isValid: () => boolean) => ({ platformId: 'fnac', isValid, isCardLoaded: false }) as unknown as PillForCard;

describe('the one link between the first stage and the card', () => {
  afterEach(() => publishPillForCard(undefined));

  it('gives the card what the first stage published, the very object (the card writes isCardLoaded back)', () => {
    const pill = pillForCard(() => true);
    publishPillForCard(pill);
    expect(findPillForCard()).toBe(pill);
  });

  it('gives nothing before the pill exists, after the first stage withdrew it, or once that stage is orphaned', () => {
    expect(findPillForCard()).toBeUndefined();
    let isAlive = true;
    publishPillForCard(pillForCard(() => isAlive));
    isAlive = false;
    expect(findPillForCard()).toBeUndefined();
    publishPillForCard(pillForCard(() => true));
    publishPillForCard(undefined);
    expect(findPillForCard()).toBeUndefined();
  });
});
