import { describe, expect, it } from 'vitest';
import { sellerOf, type Seller } from '@/lib/sellers';
import { EBAY_BUSINESS_SELLERS } from '../../helpers/business-sellers';
import { fixtureDocument, loadFixture, readManifest } from '../../helpers/fixtures';

/**
 * eBay never sells: each saved listing's seller, as the "Seller information" box shows it, and
 * for business sellers the identity their trader block states.
 */
const EXPECTED: Record<string, Seller> = {
  // ebay.com: "Seller information bestchoiceproducts (504792 ) 98.8% Positive feedback"; no
  // business/private wording on this US page.
  'ebay/ebay-product-1.html.gz': { kind: 'third-party', name: 'bestchoiceproducts' },
  // ebay.com (UK seller): "phoenixemporium (8116 ) … Registered as a Business Seller". The
  // "This is a private listing" note is about the bidders' identities, not the seller.
  // Its trader block: "Business seller information PE", an address without numbers ("- - | 2 Bell
  // Road | Dudley | West Midlands | DY2 0NH | United Kingdom"; "- -" is a blank contact name).
  'ebay/ebay-product-2.html.gz': {
    kind: 'third-party',
    name: 'phoenixemporium',
    trader: 'professional',
    identity: { name: 'PE', address: ['2 Bell Road', 'Dudley', 'West Midlands', 'DY2 0NH', 'United Kingdom'], country: 'GB' },
  },
  // ebay.co.uk: "clipclopthriftshop (179 ) 100% Positive Feedback"; no business or private wording,
  // so no claim either way: a third party.
  'ebay/ebay-product-4.html.gz': { kind: 'third-party', name: 'clipclopthriftshop' },
  // The business sellers' pages (issue 25): each trader block as the page shows it.
  ...EBAY_BUSINESS_SELLERS,
};

describe('eBay: the seller of every saved listing', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    expect(sellerOf('ebay', fixtureDocument(loadFixture(file)))).toEqual(expected);
  });

  it('covers every eBay product fixture', () => {
    const products = readManifest().filter((r) => r.site === 'ebay' && r.pageKind === 'product').map((r) => r.file);
    expect(Object.keys(EXPECTED).sort()).toEqual(products.sort());
  });
});

describe('eBay snippets: the 2022+ seller card and the private/business wording', () => {
  const card = (about: string, extra = '') =>
    fixtureDocument(
      `<html><body><div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a href="https://www.ebay.fr/str/x"><span class="ux-textspans ux-textspans--BOLD">${about}</span></a></div>${extra}</div></body></html>`,
    );

  it.each<[string, Document, Seller]>([
    ['name only', card('brocante_du_coin'), { kind: 'third-party', name: 'brocante_du_coin' }],
    ['private seller, French', card('jean.d', '<div>Vendeur particulier</div>'), { kind: 'private', name: 'jean.d', trader: 'private' }],
    ['private seller, English', card('jdoe', '<span>Private seller</span>'), { kind: 'private', name: 'jdoe', trader: 'private' }],
    ['private seller, German', card('hans', '<span>Privatverkäufer</span>'), { kind: 'private', name: 'hans', trader: 'private' }],
    ['business seller, Italian', card('negozio', '<span>Venditore professionale</span>'), { kind: 'third-party', name: 'negozio', trader: 'professional' }],
    ['both wordings: no private claim', card('x1', '<span>Private seller</span><span>Business seller</span>'), { kind: 'third-party', name: 'x1' }],
    ['no seller card at all', fixtureDocument('<html><body><h1 class="x-item-title">Lot</h1></body></html>'), { kind: 'unknown' }],
  ])('%s', (_label, doc, expected) => {
    expect(sellerOf('ebay', doc)).toEqual(expected);
  });

  it('ignores "private" outside the seller block', () => {
    const doc = fixtureDocument(
      '<html><body><p>Private seller? This is a private listing.</p><span class="mbg-nw">shop42</span></body></html>',
    );
    expect(sellerOf('ebay', doc)).toEqual({ kind: 'third-party', name: 'shop42' });
  });
});
