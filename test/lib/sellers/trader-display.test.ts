import { describe, expect, it } from 'vitest';
import type { Seller } from '@/lib/sellers';
import { describeIdentity, type IdentityView } from '@/lib/sellers/trader-display';

const trader = (identity: NonNullable<Seller['identity']>): Seller => ({ kind: 'third-party', name: 'shop42', trader: 'professional', identity });

describe('the card’s view of a stated identity', () => {
  it('the legal name, the country in the shopper’s language, a self-labelled number as the page writes it', () => {
    const seller = trader({
      name: 'Elektro-Himmel GmbH',
      address: ['Hauptstraße 5', '10115 Berlin', 'Deutschland'],
      country: 'DE',
      register: { label: 'Handelsregisternummer', value: 'HRB 13800' },
      vat: { label: 'Umsatzsteuer-Identifikationsnummer', value: 'DE 123456789' },
    });
    expect(describeIdentity(seller, 'fr')).toEqual({
      name: 'Elektro-Himmel GmbH',
      country: { code: 'DE', name: 'Allemagne' },
      number: { key: 'seller.identity.number', value: 'HRB 13800', isMalformed: false },
      address: ['Hauptstraße 5', '10115 Berlin', 'Deutschland'],
      numbers: [
        { label: 'Handelsregisternummer', value: 'HRB 13800', isMalformed: false },
        { label: 'Umsatzsteuer-Identifikationsnummer', value: 'DE 123456789', isMalformed: false },
      ],
    });
    expect(describeIdentity(seller, 'en')?.country).toEqual({ code: 'DE', name: 'Germany' });
  });

  it('the short name of a country whose long one is an administrative title', () => {
    expect(describeIdentity(trader({ name: 'SUNTECH', country: 'HK' }), 'fr')?.country).toEqual({ code: 'HK', name: 'Hong Kong' });
  });

  it.each<[string, NonNullable<Seller['identity']>, IdentityView['number']]>([
    // leboncoin-product-1: « Numéro SIREN : 823562178 », the page's short name of the register.
    ['the register’s short name from its label', { register: { label: 'Numéro SIREN', value: '823562178' } }, { key: 'seller.identity.number', value: 'SIREN 823562178', isMalformed: false }],
    ['our label when the page’s is long', { register: { label: 'Company registration number', value: '08337590' } }, { key: 'seller.identity.register', value: '08337590', isMalformed: false }],
    ['a VAT number alone', { vat: { label: 'Numéro de TVA', value: 'FR 72811847243' } }, { key: 'seller.identity.vat', value: 'FR 72811847243', isMalformed: false }],
    // A wrong key: shown as the page states it, marked malformed, never hidden.
    ['a malformed FR VAT number', { vat: { label: 'Numéro de TVA', value: 'FR 73811847243' } }, { key: 'seller.identity.vat', value: 'FR 73811847243', isMalformed: true }],
    ['a SIREN whose check digit fails', { register: { label: 'SIREN', value: '811847244' } }, { key: 'seller.identity.number', value: 'SIREN 811847244', isMalformed: true }],
  ])('%s', (_what, identity, number) => {
    const view = describeIdentity(trader(identity), 'fr');
    expect(view?.number).toEqual(number);
    // Without a stated legal name, the seller's own name.
    expect(view?.name).toBe('shop42');
  });

  it('nothing to show: no identity, not a third party, or an address alone', () => {
    expect(describeIdentity({ kind: 'third-party', name: 'shop42' }, 'fr')).toBeNull();
    expect(describeIdentity({ kind: 'private', name: 'Claire', trader: 'private', identity: { name: 'Claire M' } }, 'fr')).toBeNull();
    expect(describeIdentity(trader({ address: ['1 rue X', '75001 Paris'] }), 'fr')).toBeNull();
    expect(describeIdentity({ kind: 'third-party', identity: { country: 'DE' } }, 'fr')).toBeNull();
  });
});
