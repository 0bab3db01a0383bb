import { describe, expect, it } from 'vitest';
import { sellerOf, type Seller } from '@/lib/sellers';
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
  // ebay.de: « Rechtliche Informationen des Verkäufers | IMS clothing company GmbH | Marco Springer |
  // Sperbersloher Str. 1 | 90596 Schwanstetten | Deutschland … Handelsregisternummer: HRB 30243 |
  // Umsatzsteuer-Identifikationsnummer: DE 258225785 ».
  'ebay/ebay-business-seller-1.html.gz': {
    kind: 'third-party',
    name: 'urbandreamz_ltd',
    trader: 'professional',
    identity: {
      name: 'IMS clothing company GmbH',
      address: ['Marco Springer', 'Sperbersloher Str. 1', '90596 Schwanstetten', 'Deutschland'],
      country: 'DE',
      register: { label: 'Handelsregisternummer', value: 'HRB 30243' },
      vat: { label: 'Umsatzsteuer-Identifikationsnummer', value: 'DE 258225785' },
    },
  },
  // ebay.de: « Outfitter Teamsport GmbH … 63762 Großostheim | Deutschland »; the free-text notice
  // says « Registernummer: HRB 10719 », eBay's own row « Handelsregisternummer: Amtsgericht
  // Offenbach/M. HRB10719 » (the row wins: it is eBay's field).
  'ebay/ebay-business-seller-2.html.gz': {
    kind: 'third-party',
    name: 'outfitter-shop',
    trader: 'professional',
    identity: {
      name: 'Outfitter Teamsport GmbH',
      address: ['Maximilian Albert', 'Bauhofstraße 30', '63762 Großostheim', 'Deutschland'],
      country: 'DE',
      register: { label: 'Handelsregisternummer', value: 'Amtsgericht Offenbach/M. HRB10719' },
      vat: { label: 'Umsatzsteuer-Identifikationsnummer', value: 'DE 812452434' },
    },
  },
  // ebay.fr, a Hong Kong seller: « Informations sur le vendeur professionnel | SUNTECH
  // ENTERPRISES(HK)LIMITED | … KOWLOON HK | default default | 香港 | Numéro de TVA : AU null »:
  // the template's « default default » and « AU null » state nothing.
  'ebay/ebay-business-seller-3.html.gz': {
    kind: 'third-party',
    name: 'nsw-act',
    trader: 'professional',
    identity: {
      name: 'SUNTECH ENTERPRISES(HK)LIMITED',
      address: ['Howard Cheng', 'FLAT/RM B1 7/F YEUNG YIU CHUNG(NO.8)', 'IND BLAG NO.20 WANG HOI ROAD KOWLOON HK', '香港'],
      country: 'HK',
    },
  },
  // ebay.fr: « PHILIPS France Commercial … 92150 Suresnes, Ile-de-France | France métropolitaine |
  // Numéro d'immatriculation de la société : 811847243 | Numéro de TVA : FR 72811847243 ».
  'ebay/ebay-business-seller-4.html.gz': {
    kind: 'third-party',
    name: 'boutique-philips',
    trader: 'professional',
    identity: {
      name: 'PHILIPS France Commercial',
      address: ['PHILIPS France Commercial, 33 rue de Verdun', '92150 Suresnes, Ile-de-France', 'France métropolitaine'],
      country: 'FR',
      register: { label: "Numéro d'immatriculation de la société", value: '811847243' },
      vat: { label: 'Numéro de TVA', value: 'FR 72811847243' },
    },
  },
  // ebay.it: « Informazioni sul venditore professionale | PERFECT PRICE SRL | … 59100 Prato, PO |
  // Italia | Numero Partita IVA: IT 03523820235 » (no register number stated).
  'ebay/ebay-business-seller-5.html.gz': {
    kind: 'third-party',
    name: 'rl-perfect-price',
    trader: 'professional',
    identity: {
      name: 'PERFECT PRICE SRL',
      address: ['Luca Pasquotto', 'Via Ferrucci, 57', '59100 Prato, PO', 'Italia'],
      country: 'IT',
      vat: { label: 'Numero Partita IVA', value: 'IT 03523820235' },
    },
  },
  // ebay.co.uk: "Business seller information | Velocity Outlet Ltd | … CB248EL | United Kingdom |
  // Company registration number: 08337590 | VAT number: GB 172378492".
  'ebay/ebay-business-seller-6.html.gz': {
    kind: 'third-party',
    name: 'velocityelectronics',
    trader: 'professional',
    identity: {
      name: 'Velocity Outlet Ltd',
      address: ['Velocity Outlet', '49 Viking Way', 'Bar Hill', 'Cambridge', 'Cambridgeshire', 'CB248EL', 'United Kingdom'],
      country: 'GB',
      register: { label: 'Company registration number', value: '08337590' },
      vat: { label: 'VAT number', value: 'GB 172378492' },
    },
  },
  // ebay.co.uk: "DOMU Brands Ltd … M37BF | United Kingdom | The company number is #7047520 |
  // Company registration number: 7047520 | VAT number: GB 993263095".
  'ebay/ebay-business-seller-7.html.gz': {
    kind: 'third-party',
    name: 'domu-uk',
    trader: 'professional',
    identity: {
      name: 'DOMU Brands Ltd',
      address: ['DOMU Brands Ltd', '5th Floor The Tower, Deva City Office Park', 'Trinity Way', 'Manchester', 'Greater Manchester', 'M37BF', 'United Kingdom'],
      country: 'GB',
      register: { label: 'Company registration number', value: '7047520' },
      vat: { label: 'VAT number', value: 'GB 993263095' },
    },
  },
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
