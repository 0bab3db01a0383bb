import { describe, expect, it } from 'vitest';
import { createT } from '@/lib/i18n';
import { describeSeller, sellerAttributes } from '@/lib/sellers/display';

describe('describeSeller: the card line and note, in both languages', () => {
  it.each([
    [{ kind: 'third-party', name: 'Foo' } as const, 'Vendu par\u00a0: Foo (vendeur tiers)', 'Sold by: Foo (third-party seller)'],
    [{ kind: 'private', name: 'Claire', trader: 'private' } as const, 'Vendu par\u00a0: Claire (particulier)', 'Sold by: Claire (private seller)'],
    [
      { kind: 'third-party', name: 'CoolTechFR', trader: 'professional' } as const,
      'Vendu par\u00a0: CoolTechFR (vendeur tiers, vendeur professionnel)',
      'Sold by: CoolTechFR (third-party seller, professional seller)',
    ],
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

  it('a private seller gets one neutral sentence on consumer rights, in the law\'s own terms; no one else does', () => {
    const d = describeSeller({ kind: 'private', name: 'Claire', trader: 'private' })!;
    expect(createT('fr')(d.traderNote!)).toBe(
      "Selon la page, ce vendeur est un particulier\u00a0: les droits prévus pour les achats auprès d'un professionnel, comme le droit de rétractation et la garantie légale de conformité, peuvent ne pas s'appliquer.",
    );
    expect(createT('en')(d.traderNote!)).toBe(
      'According to the page, this seller is a private individual: consumer rights that apply to purchases from a trader, such as the right of withdrawal and the legal guarantee of conformity, may not apply.',
    );
    // Informs, never advises: no imperative, no "avoid", no "risk".
    for (const text of [createT('fr')(d.traderNote!), createT('en')(d.traderNote!)]) expect(text).not.toMatch(/évitez|attention|risque|avoid|beware|risk|should/i);
    for (const seller of [{ kind: 'platform' }, { kind: 'third-party', name: 'A' }, { kind: 'third-party', name: 'A', trader: 'professional' }] as const) {
      expect(describeSeller(seller)?.traderNote).toBeUndefined();
    }
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

  it('data-seller-trader only where the page stated it, never on the platform or an unknown seller', () => {
    expect(sellerAttributes({ kind: 'third-party', name: 'Foo', trader: 'professional' })).toEqual({
      'data-seller-kind': 'third-party',
      'data-seller': 'Foo',
      'data-seller-trader': 'professional',
    });
    expect(sellerAttributes({ kind: 'private', name: 'Claire', trader: 'private' })['data-seller-trader']).toBe('private');
    expect(sellerAttributes({ kind: 'platform', name: 'Cdiscount', trader: 'professional' })).toEqual({ 'data-seller-kind': 'platform', 'data-seller': 'Cdiscount' });
    expect(sellerAttributes({ kind: 'unknown', trader: 'private' })).toEqual({ 'data-seller-kind': 'unknown' });
  });

  it('data-seller-country only where the business seller’s block states a country', () => {
    // ebay-business-seller-1: the address ends « Deutschland ».
    expect(sellerAttributes({ kind: 'third-party', name: 'urbandreamz_ltd', trader: 'professional', identity: { name: 'IMS clothing company GmbH', address: ['Deutschland'], country: 'DE' } })).toEqual({
      'data-seller-kind': 'third-party',
      'data-seller': 'urbandreamz_ltd',
      'data-seller-trader': 'professional',
      'data-seller-country': 'DE',
    });
    // leboncoin-product-1: a SIREN, no address.
    expect(sellerAttributes({ kind: 'third-party', name: 'I@D FRANCE', identity: { register: { label: 'Numéro SIREN', value: '823562178' } } })['data-seller-country']).toBeUndefined();
    expect(sellerAttributes({ kind: 'platform', name: 'eBay', identity: { country: 'DE' } } as never)['data-seller-country']).toBeUndefined();
  });
});
