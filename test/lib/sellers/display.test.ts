import { describe, expect, it } from 'vitest';
import { createT } from '@/lib/i18n';
import { describeSeller, sellerAttributes } from '@/lib/sellers/display';

describe('describeSeller: the card line and note, in both languages', () => {
  it.each([
    [{ kind: 'third-party', name: 'Foo' } as const, 'Vendu par\u00a0: Foo (vendeur tiers)', 'Sold by: Foo (third-party seller)'],
    [{ kind: 'private', name: 'Claire' } as const, 'Vendu par\u00a0: Claire (particulier)', 'Sold by: Claire (private seller)'],
    [{ kind: 'platform', name: 'Amazon' } as const, 'Vendu par la plateforme', 'Sold by the platform'],
    [{ kind: 'platform' } as const, 'Vendu par la plateforme', 'Sold by the platform'],
  ])('%j', (seller, fr, en) => {
    const d = describeSeller(seller)!;
    expect(createT('fr')(d.line, d.params)).toBe(fr);
    expect(createT('en')(d.line, d.params)).toBe(en);
    // The note speaks of the platform's treatment of sellers, never judges this one.
    expect(createT('fr')(d.note)).toMatch(/^La charte porte sur la façon dont la plateforme traite/);
    expect(createT('en')(d.note)).toMatch(/^The charter is about how the platform treats/);
  });

  it('says nothing when unknown, or when a third party has no name', () => {
    expect(describeSeller({ kind: 'unknown' })).toBeNull();
    expect(describeSeller({ kind: 'third-party' })).toBeNull();
    expect(describeSeller({ kind: 'private' })).toBeNull();
  });
});

describe('sellerAttributes', () => {
  it('always the kind, the name only when known', () => {
    expect(sellerAttributes({ kind: 'unknown' })).toEqual({ 'data-seller-kind': 'unknown' });
    expect(sellerAttributes({ kind: 'platform' })).toEqual({ 'data-seller-kind': 'platform' });
    expect(sellerAttributes({ kind: 'third-party', name: 'Foo' })).toEqual({ 'data-seller-kind': 'third-party', 'data-seller': 'Foo' });
  });
});
