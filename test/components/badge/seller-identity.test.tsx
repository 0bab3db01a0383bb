import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Seller } from '@/lib/sellers';
import type { Lang } from '@/lib/text';
import { EBAY_BUSINESS_SELLERS } from '../../helpers/business-sellers';
import { cardProps, renderCard } from '../../helpers/card-props';

function openCard(lang: Lang, seller: Seller) {
  renderCard(lang, cardProps('ebay', { seller }));
  return screen.getByRole('group', { name: /^Charte PME/ });
}

const identityOf = (card: HTMLElement) => card.querySelector<HTMLElement>('.seller .seller-identity');
const compact = (card: HTMLElement) => identityOf(card)?.querySelector('.seller-identity-line')?.textContent;

// ebay-business-seller-1 (ebay.de), as the reader gives it (test/lib/sellers/ebay.test.ts).
const IMS = EBAY_BUSINESS_SELLERS['ebay/ebay-business-seller-1.html.gz']!;

describe('the business seller’s line in the card', () => {
  it.each([
    ['fr', 'Vendeur professionnel\u00a0: IMS clothing company GmbH, Allemagne · HRB 30243'],
    ['en', 'Business seller: IMS clothing company GmbH, Germany · HRB 30243'],
  ] as const)('%s: one compact line under the seller line: legal name, country, number', (lang, line) => {
    const card = openCard(lang, IMS);
    expect(compact(card)).toBe(line);
    const seller = card.querySelector('.seller')!;
    // Right under the seller line.
    expect(seller.querySelector('.seller-line')!.nextElementSibling).toBe(identityOf(card));
    expect(identityOf(card)!.dataset.sellerCountry).toBe('DE');
  });

  it('has the address and the numbers, with the page’s own labels, one disclosure down', () => {
    const card = openCard('en', IMS);
    const details = identityOf(card)!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Address and numbers as the page states them');
    expect([...details.querySelectorAll('.seller-address-line')].map((l) => l.textContent)).toEqual(IMS.identity!.address);
    expect([...details.querySelectorAll('.seller-number')].map((l) => l.textContent)).toEqual([
      'Handelsregisternummer: HRB 30243',
      'Umsatzsteuer-Identifikationsnummer: DE 258225785',
    ]);
    expect(details.textContent).toContain('nothing is checked against a register, nothing is sent');
  });

  it.each([
    // A number without a register's own prefix gets our short label; VAT when only VAT is stated.
    [{ name: 'Velocity Outlet Ltd', address: ['United Kingdom'], country: 'GB', register: { label: 'Company registration number', value: '08337590' } }, 'en', 'Business seller: Velocity Outlet Ltd, United Kingdom · company no. 08337590'],
    [{ name: 'PERFECT PRICE SRL', address: ['Italia'], country: 'IT', vat: { label: 'Numero Partita IVA', value: 'IT 03523820235' } }, 'fr', 'Vendeur professionnel\u00a0: PERFECT PRICE SRL, Italie · TVA IT 03523820235'],
    // No number stated: name and country only.
    [{ name: 'SUNTECH ENTERPRISES(HK)LIMITED', address: ['香港'], country: 'HK' }, 'fr', 'Vendeur professionnel\u00a0: SUNTECH ENTERPRISES(HK)LIMITED, Hong Kong'],
    // No legal name (leboncoin): the seller's name, and the SIREN.
    [{ register: { label: 'Numéro SIREN', value: '823562178' } }, 'fr', 'Vendeur professionnel\u00a0: Shop · SIREN 823562178'],
  ] as const)('%o (%s): %s', (identity, lang, line) => {
    const card = openCard(lang, { kind: 'third-party', name: 'Shop', trader: 'professional', identity: identity as Seller['identity'] });
    expect(compact(card)).toBe(line);
  });

  it('shows a malformed French number as stated by the page, never as a warning', () => {
    const seller: Seller = {
      kind: 'third-party',
      name: 'Shop',
      identity: { name: 'PHILIPS France Commercial', address: ['France métropolitaine'], country: 'FR', register: { label: "Numéro d'immatriculation de la société", value: '811847244' }, vat: { label: 'Numéro de TVA', value: 'FR 73811847243' } },
    };
    const card = openCard('fr', seller);
    expect(compact(card)).toBe('Vendeur professionnel\u00a0: PHILIPS France Commercial, France · immatriculation 811847244 (tel qu’indiqué par la page)');
    const numbers = [...identityOf(card)!.querySelectorAll('.seller-number')].map((l) => l.textContent);
    expect(numbers).toEqual(["Numéro d'immatriculation de la société : 811847244 (tel qu’indiqué par la page)", 'Numéro de TVA : FR 73811847243 (tel qu’indiqué par la page)']);
    expect(card.textContent).not.toMatch(/fraud|fraude|invalide|invalid|suspect|attention|warning/i);
  });

  it('says nothing more of a well-formed French number', () => {
    const seller: Seller = { kind: 'third-party', name: 'Shop', identity: { name: 'PHILIPS France Commercial', country: 'FR', address: ['France'], register: { label: 'SIREN', value: '811847243' }, vat: { label: 'TVA', value: 'FR 72811847243' } } };
    expect(openCard('fr', seller).textContent).not.toContain('tel qu’indiqué');
  });

  it('looks the same for every country: no flag, no colour, no other markup', () => {
    const shapes = (['DE', 'FR', 'CN', 'GB', 'HK'] as const).map((country) => {
      const card = openCard('en', { kind: 'third-party', name: 'Shop', identity: { name: 'ACME', address: ['x'], country } });
      const el = identityOf(card)!;
      const shape = [...el.querySelectorAll('*')].map((n) => `${n.tagName}.${n.className}${n.getAttribute('style') ?? ''}`).join(' ');
      expect(el.querySelector('img, svg')).toBeNull();
      expect(el.textContent).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);
      document.body.replaceChildren();
      return shape;
    });
    expect(new Set(shapes).size).toBe(1);
  });

  it('shows page text as text, never as HTML', () => {
    const card = openCard('fr', { kind: 'third-party', name: 'Shop', identity: { name: '<img src=x onerror=alert(1)>', address: ['<b>1 rue</b>'] } });
    expect(card.querySelector('img, b')).toBeNull();
    expect(compact(card)).toContain('<img src=x onerror=alert(1)>');
  });

  it('adds nothing for a seller without a stated identity, a private seller or the platform', () => {
    for (const seller of [{ kind: 'third-party', name: 'Shop', trader: 'professional' }, { kind: 'private', name: 'Marie', trader: 'private' }, { kind: 'platform', name: 'eBay' }] as Seller[]) {
      const card = openCard('fr', seller);
      expect(identityOf(card)).toBeNull();
      expect(card.textContent).not.toContain('Vendeur professionnel\u00a0:');
      document.body.replaceChildren();
    }
  });
});
