import { describe, expect, it } from 'vitest';
import { sellerOf } from '@/lib/sellers';
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from '@/lib/sellers/marketplace';
import { page, product } from '../../helpers/seller-pages';

// Each platform's own pages are in its file (cdiscount.test.ts…); here, the rules every
// marketplace reader follows, through a platform's reader and through a reading of its own.
describe('the order of the sources', () => {
  it('the trader status is never read from the name itself', () => {
    expect(sellerOf('cdiscount', page('<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">Le Particulier Malin</a></div></div>'))).toEqual({ kind: 'third-party', name: 'Le Particulier Malin' });
    expect(sellerOf('darty', page('<div class="seller">Vendu par Vendeur Pro Audio</div>'))).toEqual({ kind: 'third-party', name: 'Vendeur Pro Audio' });
    expect(sellerOf('conforama', page('<p>Vendu par Meubles Professionnel Direct</p>'))).toEqual({ kind: 'third-party', name: 'Meubles Professionnel Direct' });
    // …but what the block says beside it still counts.
    expect(sellerOf('cdiscount', page('<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">Le Particulier Malin</a></div><div>Vendeur professionnel</div></div>'))).toEqual({ kind: 'third-party', name: 'Le Particulier Malin', trader: 'professional' });
  });

  it('the visible buy box wins over structured data that names someone else', () => {
    const doc = page('<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">TechnoShop</a></div></div>', product('{"@type":"Offer","seller":{"@type":"Organization","name":"Cdiscount"}}'));
    expect(sellerOf('cdiscount', doc)).toEqual({ kind: 'third-party', name: 'TechnoShop' });
  });

  it('without a buy box, structured data and the data layer must agree, or nothing is said', () => {
    const layer = (name: string) => `<script>var dl = { 'mainOffer': {"sellerName":"${name}","sellerType":"SELLER_PRO"} };</script>`;
    const offer = product('{"@type":"Offer","seller":{"@type":"Organization","name":"Alpha"}}');
    expect(sellerOf('rakuten', page(layer('Alpha'), offer))).toEqual({ kind: 'third-party', name: 'Alpha', trader: 'professional' });
    expect(sellerOf('rakuten', page(layer('Beta'), offer))).toEqual({ kind: 'unknown' });
    expect(sellerOf('rakuten', page(layer('Beta')))).toEqual({ kind: 'third-party', name: 'Beta', trader: 'professional' });
  });
});

describe('a reading of its own', () => {
  const read = marketplaceReader({ own: /^boutique$/i, buyBox: '.vendeur', buyBoxName: 'a' });

  it('the buy box, its name element and the platform’s own name', () => {
    expect(read(page('<div class="vendeur">Vendu par <a>Atelier Bleu</a> et expédié par Boutique</div>'))).toEqual({ kind: 'third-party', name: 'Atelier Bleu' });
    expect(read(page('<div class="vendeur">Vendu et expédié par Boutique</div>'))).toEqual({ kind: 'platform', name: 'Boutique' });
  });

  it('a platform’s own reading of the visible block comes before its buy box', () => {
    const visible = marketplaceReader({ buyBox: '.vendeur', visible: () => ({ name: 'Carte', trader: 'private' }) });
    expect(visible(page('<div class="vendeur">Vendu par Autre</div>'))).toEqual({ kind: 'private', name: 'Carte', trader: 'private' });
  });

  it('the data layer adds the trader status of the same seller, never another seller', () => {
    const layer = (name: string) => marketplaceReader({ buyBox: '.vendeur', dataLayer: () => ({ name, trader: 'professional' }) });
    expect(layer('atelier bleu')(page('<div class="vendeur">Vendu par Atelier Bleu</div>'))).toEqual({ kind: 'third-party', name: 'Atelier Bleu', trader: 'professional' });
    expect(layer('Autre')(page('<div class="vendeur">Vendu par Atelier Bleu</div>'))).toEqual({ kind: 'third-party', name: 'Atelier Bleu' });
  });

  it('walks the page for a « Vendu par » line only when asked to', () => {
    const doc = page('<section><p>Vendu par Atelier Bleu</p></section>');
    expect(read(doc)).toEqual({ kind: 'third-party', name: 'Atelier Bleu' });
    expect(marketplaceReader({ buyBox: '.vendeur', pageScan: false })(doc)).toEqual({ kind: 'unknown' });
  });

  it('the generic buy box and the watched blocks', () => {
    expect(GENERIC_BUY_BOX.split(', ')).toContain('.seller');
    expect(page(`<div class="seller-name">x</div>`).querySelector(GENERIC_BUY_BOX)?.className).toBe('seller-name');
    expect(buyBoxWatch('#offer')).toEqual(['#offer', 'main', '#main', 'body']);
    expect(buyBoxWatch()).toEqual(['main', '#main', 'body']);
  });
});

describe('names', () => {
  it('names are the name only: trimmed, no control or bidi characters, at most 80 characters', () => {
    const long = `Boutique ${'très '.repeat(20)}longue`;
    const doc = page(`<div id="fpSellBy"><div>Vendu par <a class="fpSellerName">\u202e ${long}\u0007 </a></div></div>`);
    const seller = sellerOf('cdiscount', doc);
    expect(seller.kind).toBe('third-party');
    expect(Array.from(seller.name!).length).toBeLessThanOrEqual(80);
    expect(seller.name).toMatch(/^Boutique très/);
    expect(seller.name).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
  });
});
