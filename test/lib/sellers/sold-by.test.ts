import { describe, expect, it } from 'vitest';
import { readSoldBy, sellerFromStatement, SOLD_BY_LABEL_ONLY, soldByName, soldByNameInside, traderBeside, traderIn } from '@/lib/sellers/sold-by';

describe('soldByName reads the name after a sold-by label, and stops at the shipper', () => {
  it.each<[string, string | undefined]>([
    ['Expédié et vendu par VELIHOTUBUYE.', 'VELIHOTUBUYE'],
    ['Vendu par TechnoShop et expédié par Cdiscount', 'TechnoShop'],
    ['Venduto da GlobalNetOnline e spedito da Amazon.', 'GlobalNetOnline'],
    ['Verkauf durch Foo GmbH und Versand durch Amazon.', 'Foo GmbH'],
    ['Vendido por Tienda Sol y enviado por Amazon.', 'Tienda Sol'],
    ['Sold by Direct ChangM and Fulfilled by Amazon.', 'Direct ChangM'],
    ['Ships from and sold by Amazon.com. Gift-wrap available.', 'Amazon.com'],
    ['Vendu par : Librairie du Port', 'Librairie du Port'],
    ['Verkocht door Fietsenwinkel BV en verzonden door Amazon.', 'Fietsenwinkel BV'],
    ['Säljs av Nordic Shop AB och skickas av Amazon.', 'Nordic Shop AB'],
    ['Sprzedawca: Sklep Kowalski', 'Sklep Kowalski'],
    ['Vendeur : Kitchen Store', 'Kitchen Store'],
    ['Vendeur favori', undefined],
    ['Vendu par momox, professionnel. Expédition 24 h', 'momox'],
    ['Vendu par FLOATUP (PRO) - 4,6/5', 'FLOATUP'],
    ['Vendu par idigital - Vendeur pro sélectionné par Cdiscount', 'idigital'],
    ['Vendu par Maison - Jardin', 'Maison - Jardin'],
    ['Expédié par Amazon.', undefined],
    ['Produit vendu par Amazon', undefined],
    ['Sold by', undefined],
  ])('%j → %j', (text, expected) => {
    expect(soldByName(text)).toBe(expected);
  });

  it('finds the label inside run-together headers', () => {
    expect(soldByNameInside('Dispatches from: Amazon Sold by: Amazon Warehouse')).toBe('Amazon Warehouse');
    expect(soldByNameInside('Ships from: Amazon')).toBeUndefined();
  });
});


describe('the label alone', () => {
  it.each([
    ['Vendu par', true],
    ['Vendu et expédié par :', true],
    ['Sold by', true],
    ['Vendeur :', true],
    ['Vendeur', false],
    ['Vendu par X', false],
  ])('%j: %s', (text, expected) => {
    expect(SOLD_BY_LABEL_ONLY.test(text)).toBe(expected);
  });
});

describe('the trader status a text states', () => {
  it.each([
    ['Vendeur pro sélectionné par Cdiscount', 'professional'],
    ['(PRO)', 'professional'],
    ['SELLER_PRO', 'professional'],
    ['Business seller', 'professional'],
    ['Particulier', 'private'],
    ['Private seller', 'private'],
    ['SELLER_PARTICULIER', 'private'],
    // Plural forms speak of sellers in general.
    ['Vente aux professionnels', undefined],
    ['professionnel ou particulier', undefined],
    ['', undefined],
    [null, undefined],
  ] as const)('%j → %j', (text, expected) => {
    expect(traderIn(text)).toBe(expected);
  });

  it('beside a name, the name itself says nothing', () => {
    expect(traderBeside('Vendu par Le Particulier Malin', 'Le Particulier Malin')).toBeUndefined();
    expect(traderBeside('Vendu par Pro Audio - Vendeur pro', 'Pro Audio')).toBe('professional');
    expect(traderBeside('Vendu par Claire (particulier)', '')).toBe('private');
  });
});

describe('readSoldBy', () => {
  it('reads the name and the trader word written after it on the same line', () => {
    expect(readSoldBy('Vendu par momox, professionnel. Expédition 24 h')).toEqual({ name: 'momox', trader: 'professional' });
    expect(readSoldBy('Vendu par Claire (particulier)')).toEqual({ name: 'Claire', trader: 'private' });
    expect(readSoldBy('Vendu par Fnac')).toEqual({ name: 'Fnac' });
    expect(readSoldBy('Livraison offerte')).toBeUndefined();
  });
});

describe('sellerFromStatement', () => {
  const OWN = /^fnac(?:\.com)?$/i;
  it('the platform when its own name matches, else a third party, private when stated', () => {
    expect(sellerFromStatement({ name: 'FNAC.COM' }, OWN)).toEqual({ kind: 'platform', name: 'FNAC.COM' });
    expect(sellerFromStatement({ name: 'Fnac Fan Store' }, OWN)).toEqual({ kind: 'third-party', name: 'Fnac Fan Store' });
    expect(sellerFromStatement({ name: 'Disques 33', trader: 'professional' }, OWN)).toEqual({ kind: 'third-party', name: 'Disques 33', trader: 'professional' });
    expect(sellerFromStatement({ name: 'Paul D', trader: 'private' }, OWN)).toEqual({ kind: 'private', name: 'Paul D', trader: 'private' });
    // A pure marketplace has no own name: every seller is a third party.
    expect(sellerFromStatement({ name: 'Fnac' }, undefined)).toEqual({ kind: 'third-party', name: 'Fnac' });
    expect(sellerFromStatement(undefined, OWN)).toEqual({ kind: 'unknown' });
  });
});
