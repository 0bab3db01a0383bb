import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget, sellerOf } from '@/lib/sellers';
import { withBudget } from '@/lib/sellers/budget';
import { ebayTraderOf } from '@/lib/sellers/ebay-trader';
import { IDENTITY_TEXT_MAX } from '@/lib/sellers/trader-identity';
import { fixtureDocument, loadFixture } from '../../helpers/fixtures';

const page = (body: string) => fixtureDocument(`<html><body>${body}</body></html>`);

// The saved pages' identities are in ebay.test.ts; here, the structure rules the reader follows
// on a block without the 2017–2019 class names: found by its heading in each language, then read
// as name, address lines (the country line last) and label/value rows.
const GENERIC = (heading: string, rows: string) =>
  page(
    `<div class="x-about-this-seller"><section><h2>${heading}</h2><div><div>Elektro-Himmel GmbH</div><div>Hauptstraße 5</div><div>10115 Berlin</div><div>Deutschland</div></div>${rows}</section></div>`,
  );

describe('the eBay trader block, found by its heading', () => {
  it.each([
    ['Rechtliche Informationen des Verkäufers', 'Handelsregisternummer:', 'Umsatzsteuer-Identifikationsnummer:'],
    ['Informations sur le vendeur professionnel', "Numéro d'immatriculation de la société :", 'Numéro de TVA :'],
    ['Business seller information', 'Company registration number:', 'VAT number:'],
    ['Informazioni sul venditore professionale', 'Numero di iscrizione al registro delle imprese:', 'Numero Partita IVA:'],
    ['Información sobre el vendedor profesional', 'Número de registro mercantil:', 'Número de IVA:'],
  ])('%s', (heading, registerLabel, vatLabel) => {
    const doc = GENERIC(heading, `<div><span>${registerLabel}</span> <span>HRB 13800</span></div><div>${vatLabel}</div><div>DE 123456789</div>`);
    expect(ebayTraderOf(doc)).toEqual({
      name: 'Elektro-Himmel GmbH',
      address: ['Hauptstraße 5', '10115 Berlin', 'Deutschland'],
      register: { label: registerLabel.replace(/\s*:$/, ''), value: 'HRB 13800' },
      vat: { label: vatLabel.replace(/\s*:$/, ''), value: 'DE 123456789' },
    });
  });

  it('skips the button that reveals the contact details, and reads what is stated', () => {
    const doc = page(
      '<div class="d-business-seller"><h2>Business seller information</h2><div>Velocity Outlet Ltd</div><button>Show contact information</button><div>VAT number:</div><div>GB 172378492</div></div>',
    );
    expect(ebayTraderOf(doc)).toEqual({ name: 'Velocity Outlet Ltd', vat: { label: 'VAT number', value: 'GB 172378492' } });
  });

  it.each([
    ['no block at all', page('<h1 class="x-item-title">Lot</h1><h2>Seller information</h2><div>shop42</div>')],
    ['the heading inside prose', page('<h2>Business seller information is shown on every listing of a business seller, as the law requires</h2><div>x</div>')],
    ['an empty block', page('<div id="bsi-c"></div>')],
  ])('%s: no identity', (_label, doc) => {
    expect(ebayTraderOf(doc)).toBeUndefined();
  });

  it('gives a private seller no identity, even beside a block', () => {
    const doc = page(
      '<div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a><span class="ux-textspans--BOLD">jdoe</span></a></div><span>Private seller</span></div>' +
        '<div id="bsi-c"><div class="bsi-bn">ACME</div></div>',
    );
    expect(sellerOf('ebay', doc)).toEqual({ kind: 'private', name: 'jdoe', trader: 'private' });
  });

  it('a page without a trader block keeps today’s reading', () => {
    // ebay-product-4: "clipclopthriftshop (179 ) 100% Positive Feedback", no trader block.
    expect(sellerOf('ebay', fixtureDocument(loadFixture('ebay/ebay-product-4.html.gz')))).toEqual({ kind: 'third-party', name: 'clipclopthriftshop' });
  });
});

describe('the trader reading stays within the reading budget', () => {
  it.each([1, 2, 3, 4, 5, 6, 7])('ebay-business-seller-%i: a few hundred nodes, not the page', (i) => {
    const doc = fixtureDocument(loadFixture(`ebay/ebay-business-seller-${i}.html.gz`));
    const budget = createBudget({ ms: 1e9 });
    const identity = withBudget(budget, () => ebayTraderOf(doc));
    expect(identity?.name).toBeTruthy();
    expect(budget.exhausted).toBe(false);
    expect(budget.visited).toBeLessThan(2_000);
  });

  it('stops on a huge block and the reading answers unknown rather than walk on', () => {
    const doc = page(`<div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a><span class="ux-textspans--BOLD">shop</span></a></div></div><div id="bsi-c"><div class="bsi-bn">ACME</div><div class="bsi-c1">${'<div><i>x</i></div>'.repeat(15_000)}</div></div>`);
    expect(sellerOf('ebay', doc)).toEqual({ kind: 'unknown' });
    // Parsing 15,000 nodes in happy-dom takes seconds on a busy 2-core machine (the reading itself is bounded).
  }, 30_000);
});

describe('bad input in the block', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.constantFrom('Deutschland', '香港', 'HRB 13800', 'FR 00000000000', ' \u202e\u2066ACME\u2069 ', '<b>x</b>', '&lt;script&gt;', 'x'.repeat(10_000), '   ', 'default default'),
  );
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  it('gives clean, bounded text or nothing, never markup or an exception', () => {
    let named = 0;
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 9 }), text, text, (name, address, label, value) => {
        const doc = page(
          '<div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a><span class="ux-textspans--BOLD">shop</span></a></div></div>' +
            `<div id="bsi-c"><h2>Business seller information</h2><div class="bsi-bn">${escape(name)}</div><div class="bsi-c1">${address.map((l) => `<div>${escape(l)}</div>`).join('')}</div>` +
            `<div class="bsi-trd"><div><b>${escape(label)}:</b><span>${escape(value)}</span></div><div><b>VAT number:</b><span>${escape(value)}</span></div></div></div>`,
        );
        const seller = sellerOf('ebay', doc);
        if (seller.kind === 'unknown') return;
        expect(seller).toMatchObject({ kind: 'third-party', name: 'shop', trader: 'professional' });
        const identity = seller.identity;
        if (!identity) return;
        if (identity.name) named += 1;
        const { address: lines = [], country, register, vat } = identity;
        for (const t of [identity.name, ...lines, register?.label, register?.value, vat?.label, vat?.value].filter((x): x is string => x !== undefined)) {
          expect(t).toBe(t.trim());
          expect(Array.from(t).length).toBeLessThanOrEqual(IDENTITY_TEXT_MAX);
          expect(t).not.toMatch(/[<>\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        }
        expect(lines.length).toBeLessThanOrEqual(8);
        if (country !== undefined) expect(country).toMatch(/^[A-Z]{2}$/);
      }),
      { numRuns: 200 },
    );
    expect(named).toBeGreaterThan(0);
    // Two hundred parsed pages: more than vitest's default 5 s on a loaded machine.
  }, 30_000);
});
