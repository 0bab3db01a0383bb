import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf } from '@/lib/sellers';
import { fixtureDocument } from '../../helpers/fixtures';
import { expectValid } from '../../helpers/seller-shape';

const WITH_EXTRACTOR = Object.keys(SELLER_READERS);

// Ids, classes and attributes the extractors look for, so random trees reach their code paths.
const MARKERS: readonly [string, Record<string, string>][] = [
  ['div', { id: 'merchant-info' }],
  ['a', { id: 'sellerProfileTriggerId', href: '/gp/help/seller/at-a-glance.html?seller=A1' }],
  ['div', { id: 'buyBoxAccordion' }],
  ['div', { id: 'newAccordionRow', class: 'a-box' }],
  ['div', { id: 'usedAccordionRow', class: 'a-box a-accordion-active' }],
  ['div', { id: 'tabular-buybox' }],
  ['div', { class: 'tabular-buybox-label' }],
  ['div', { class: 'tabular-buybox-text' }],
  ['div', { class: 'offer-display-feature-text', 'offer-display-feature-name': 'desktop-merchant-info' }],
  ['span', { class: 'offer-display-feature-text-message' }],
  ['tr', { class: 'print-sold-by' }],
  ['td', {}],
  ['div', { id: 'sfsb_accordion_head' }],
  ['span', { class: 'mbg-nw' }],
  ['div', { class: 'x-sellercard-atf' }],
  ['div', { class: 'x-sellercard-atf__info__about-seller' }],
  ['div', { class: 'si-cnt' }],
  ['div', { id: 'bsi-c' }],
  ['div', { class: 'bsi-bn' }],
  ['div', { class: 'bsi-c1' }],
  ['div', { class: 'bsi-trd' }],
  ['div', { class: 'd-business-seller' }],
  ['h2', {}],
  ['button', {}],
  ['div', { class: 'line line_pro' }],
  ['span', { class: 'ispro' }],
  ['div', { class: 'upload_by' }],
  ['h3', { class: 'store-name', 'data-role': 'store-name' }],
  ['a', { class: 'company-name' }],
  ['div', { id: 'fpSellBy' }],
  ['a', { class: 'fpSellerName' }],
  ['dl', { class: 'f-shopBox-MPInfoSeller' }],
  ['dt', { class: 'f-shopBox-MPInfoSellerTitle' }],
  ['dd', { class: 'f-shopBox-MPInfoSellerStatus' }],
  ['div', { class: 'vendor-name-content' }],
  ['div', { class: 'label-vendor' }],
  ['div', { class: 'name-vendor' }],
  ['div', { class: 'sellerInfos' }],
  ['p', { id: 'sellerProfile_1' }],
  ['span', { class: 'sellerName' }],
  ['abbr', { class: 'sellerTag proTag', title: 'Vendeur professionnel' }],
  ['div', { class: 'seller' }],
  ['div', { id: 'rightCol' }],
  ['script', { type: 'application/ld+json' }],
  ['p', {}],
  ['script', {}],
  ['style', {}],
];

const LABELS = ['Sold by', 'Vendu par', 'Vendu et expédié par', 'Vendu et expédié par :', 'Vendeur :', 'Verkauf durch', 'Venduto da', 'Vendido por', 'Ships from and sold by', 'Pro', '(PRO)', 'Particulier', 'Vendeur pro', 'professionnel', 'Private seller', 'Business seller information', 'Rechtliche Informationen des Verkäufers', 'Handelsregisternummer:', 'VAT number:', 'Numéro de TVA :', 'Deutschland', 'France métropolitaine', '香港', 'default default', 'Amazon', 'Cdiscount', 'FNAC.COM', 'SIREN', '{"@type":"Product","offers":{"seller":{"name":"X"}}}', "'mainOffer': {\"sellerName\":\"Y\",\"sellerType\":\"SELLER_PRO\"}"];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(...LABELS),
  fc.tuple(fc.constantFrom(...LABELS), fc.string({ unit: 'binary', maxLength: 300 })).map(([l, s]) => `${l} ${s}`),
);

interface Tree { marker: number; text: string; children: readonly Tree[] }
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    marker: fc.nat({ max: MARKERS.length - 1 }),
    text,
    // maxDepth: past four levels only the first option (no children) is drawn.
    children: fc.oneof({ maxDepth: 4 }, fc.constant([]), fc.array(tie('node'), { maxLength: 3 })),
  }),
})).node;

function build(doc: Document, node: Tree, parent: Element, depth = 0): void {
  const [tag, attrs] = MARKERS[node.marker]!;
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.appendChild(doc.createTextNode(node.text));
  parent.appendChild(el);
  if (depth < 6) for (const child of node.children) build(doc, child, el, depth + 1);
}

describe('sellerOf never throws and always answers in shape', () => {
  it('on arbitrary HTML strings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WITH_EXTRACTOR), fc.string({ maxLength: 400 }), (platform, html) => {
        expectValid(sellerOf(platform, fixtureDocument(html)));
      }),
      { numRuns: 300 },
    );
  });

  it('on random trees built from the markers the extractors look for', () => {
    const named: string[] = [];
    fc.assert(
      fc.property(fc.constantFrom(...WITH_EXTRACTOR), fc.array(tree, { minLength: 1, maxLength: 4 }), (platform, roots) => {
        const doc = fixtureDocument('<html><body></body></html>');
        for (const root of roots) build(doc, root, doc.body);
        const seller = sellerOf(platform, doc);
        expectValid(seller);
        if (seller.name) named.push(seller.name);
      }),
      { numRuns: 400 },
    );
    // The trees do reach the name-reading paths (about a quarter of runs name a seller).
    expect(named.length).toBeGreaterThan(0);
  });

  it('on arbitrary platform arguments and missing documents', () => {
    const doc = fixtureDocument('<p>Vendu par X</p>');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined)), (platform) => {
        expectValid(sellerOf(platform, doc));
      }),
    );
    expect(sellerOf('amazon', null)).toEqual({ kind: 'unknown' });
    expect(sellerOf('temu', doc)).toEqual({ kind: 'unknown' }); // no extractor: unknown
  });
});
