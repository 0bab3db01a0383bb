import { describe, expect, it, vi } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { sellerOf, type Seller } from '@/lib/sellers';
import { fixtureDocument, loadFixture, readManifest } from '../../helpers/fixtures';

// Heavy by nature: parses every saved Amazon page (1–2 MB each) with happy-dom.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

// The two-column buy box gives a seller's name as is, with no sentence around it to read.
const soldBy = (name: string) =>
  sellerOf('amazon', fixtureDocument(`<div id="tabular-buybox"><div class="tabular-buybox-label">Sold by</div><div class="tabular-buybox-text">${name}</div></div>`));

/**
 * What a person reading each saved page would say about who sells the item, decided by hand
 * (the quoted text is what the page shows). Amazon's own entities count as the platform.
 */
const EXPECTED: Record<string, Seller> = {
  // amazon.fr: "Expédié et vendu par VELIHOTUBUYE." with a seller-profile link.
  'amazon/amazon-product-1.html.gz': { kind: 'third-party', name: 'VELIHOTUBUYE' },
  // amazon.fr: "Actuellement indisponible." and an empty #merchant-info: nobody sells it now.
  'amazon/amazon-product-2.html.gz': { kind: 'unknown' },
  // amazon.fr: "Expédié et vendu par AMHomely🎁2021 Joyeuses vacances." (the emoji is in the name).
  'amazon/amazon-product-4.html.gz': { kind: 'third-party', name: 'AMHomely🎁2021 Joyeuses vacances' },
  // amazon.it: no featured offer, only "Visualizza tutte le opzioni di acquisto": several offers.
  'amazon/amazon-product-5.html.gz': { kind: 'unknown' },
  // amazon.it: "Venduto da GlobalNetOnline e spedito da Amazon." (Amazon only ships it). The
  // "Venduto da: VOLUME GROUP" further down is another offer ("Altri venditori"), not this one.
  'amazon/amazon-product-7.html.gz': { kind: 'third-party', name: 'GlobalNetOnline' },
  // amazon.de: "Derzeit nicht verfügbar." and an empty #merchant-info.
  'amazon/amazon-product-8.html.gz': { kind: 'unknown' },
  // amazon.de: open "Spar-Abo" row: "Versand durch: Amazon Verkauft von: Amazon"; one-off row:
  // "Verkauf und Versand durch Amazon.". "Verkauft von: pb ReCommerce GmbH" is another offer.
  'amazon/amazon-product-10.html.gz': { kind: 'platform', name: 'Amazon' },
  // amazon.co.uk, old book page with a used-only buy box: "Used: Good … Sold by Goldstone-Books".
  'amazon/amazon-product-11.html.gz': { kind: 'third-party', name: 'Goldstone-Books' },
  // amazon.co.uk: open row "Buy new: £48.99 … Dispatched from and sold by Amazon."; the closed
  // "Buy Used" row says "Sold by Amazon Warehouse", which is a different offer.
  'amazon/amazon-product-12.html.gz': { kind: 'platform', name: 'Amazon' },
  // amazon.es: no featured offer, only "Ver todas las opciones de compra".
  'amazon/amazon-product-14.html.gz': { kind: 'unknown' },
  // amazon.com: "Sold by Direct ChangM and Fulfilled by Amazon."
  'amazon/amazon-product-15.html.gz': { kind: 'third-party', name: 'Direct ChangM' },
  // amazon.com, 2025 layout: "Ships from Amazon / Sold by Chen Ying Ke Ji" in the open Prime-price row.
  'amazon/amazon-product-16.html.gz': { kind: 'third-party', name: 'Chen Ying Ke Ji' },
  // amazon.com Kindle ebook: "Sold by: Hachette Book Group — Price set by seller." The publisher
  // sells (agency pricing); it is not Amazon, so a third party. (An EU Kindle page saying "Vendu
  // par : Amazon Media EU S.à r.l." would be the platform: see the entity test below.)
  'amazon/amazon-product-17.html.gz': { kind: 'third-party', name: 'Hachette Book Group' },
  // amazon.com, old book page: "Ships from and sold by Amazon.com. Gift-wrap available."
  'amazon/amazon-product-19.html.gz': { kind: 'platform', name: 'Amazon.com' },
};

describe('Amazon: the seller of every saved product page, as a reader would state it', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    expect(sellerOf('amazon', fixtureDocument(loadFixture(file)))).toEqual(expected);
  });

  it('covers every Amazon product fixture (a new fixture needs a row above)', () => {
    const products = readManifest()
      .filter((row) => row.site === 'amazon' && row.pageKind === 'product')
      .map((row) => row.file);
    expect(products.length).toBeGreaterThanOrEqual(14);
    expect(Object.keys(EXPECTED).sort()).toEqual(products.sort());
  });

  it.each(['amazon/amazon-listing-1.html.gz', 'amazon/amazon-home-1.html.gz', 'amazon/amazon-listing-3.html.gz'])(
    'a non-product page (%s) has no seller',
    (file) => {
      expect(sellerOf('amazon', fixtureDocument(loadFixture(file)))).toEqual({ kind: 'unknown' });
    },
  );
});

describe('Amazon snippets: layouts and wordings not in the saved pages', () => {
  const html = (body: string) => fixtureDocument(`<html><body>${body}</body></html>`);

  it.each<[string, string, Seller]>([
    [
      'tabular buy box, French',
      '<div id="tabular-buybox"><div class="tabular-buybox-container"><div class="tabular-buybox-label"><span>Expéditeur</span></div><div class="tabular-buybox-text"><span>Amazon</span></div><div class="tabular-buybox-label"><span>Vendu par</span></div><div class="tabular-buybox-text"><span><a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html?seller=A1">Boutique Dupont</a></span></div></div></div>',
      { kind: 'third-party', name: 'Boutique Dupont' },
    ],
    [
      'tabular buy box, Amazon sells',
      '<div id="tabular-buybox"><div class="tabular-buybox-label">Ships from</div><div class="tabular-buybox-text">Amazon.com</div><div class="tabular-buybox-label">Sold by</div><div class="tabular-buybox-text">Amazon.com</div></div>',
      { kind: 'platform', name: 'Amazon.com' },
    ],
    [
      'Spanish sentence',
      '<div id="merchant-info">Vendido por <a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html?seller=A2">Tienda Sol</a> y enviado por Amazon.</div>',
      { kind: 'third-party', name: 'Tienda Sol' },
    ],
    [
      'German, seller ships',
      '<div id="merchant-info">Verkauf und Versand durch <a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html?seller=A3">Müller &amp; Söhne GmbH</a>.</div>',
      { kind: 'third-party', name: 'Müller & Söhne GmbH' },
    ],
    [
      'EU Kindle: Amazon Media EU sells',
      '<table><tr class="print-sold-by"><td>Vendu par :</td><td><span>Amazon Media EU S.à r.l.</span></td></tr></table>',
      { kind: 'platform', name: 'Amazon Media EU S.à r.l.' },
    ],
    [
      'fulfilled by Amazon is not sold by Amazon',
      '<div id="merchant-info">Expédié par Amazon.</div>',
      { kind: 'unknown' },
    ],
    [
      'the brand byline is never the seller',
      '<a id="bylineInfo" href="/stores/Foo">Visitez la boutique Foo</a><div id="merchant-info"></div>',
      { kind: 'unknown' },
    ],
    [
      'used row open: the used offer is the one in view',
      '<div id="buyBoxAccordion"><div id="newAccordionRow" class="a-box"><div id="merchant-info">Expédié et vendu par Amazon.</div></div><div id="usedAccordionRow" class="a-box a-accordion-active"><div id="merchant-info">Vendu par <a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html?seller=A4">Occasions Martin</a> et expédié par Amazon.</div></div></div>',
      { kind: 'third-party', name: 'Occasions Martin' },
    ],
    [
      'a very long name is cut',
      `<div id="merchant-info">Sold by <a id="sellerProfileTriggerId" href="/gp/help/seller/at-a-glance.html?seller=A5">${'Long'.repeat(40)}</a>.</div>`,
      { kind: 'third-party', name: `${'Long'.repeat(19)}Lon…` },
    ],
    [
      'digital music: « Sold by Amazon.com Services LLC. » outside any retail buy box',
      '<div id="dp-container"><div id="centerCol"><h1>Album</h1></div><div id="rightCol"><div id="dmusicBuyBox_feature_div"><span class="a-price">$9.49</span><div class="a-section"><span>Sold by Amazon.com Services LLC.</span></div></div></div></div>',
      { kind: 'platform', name: 'Amazon.com Services LLC' },
    ],
    [
      'digital item sold by a label, Prime Video style',
      '<div id="dp-container"><div id="rightCol"><p>Sold by Hachette Digital, Inc.</p></div></div>',
      { kind: 'third-party', name: 'Hachette Digital, Inc' },
    ],
    // Issue 25, item 7: Amazon's own entities on digital items, wherever the buy box sits.
    [
      'digital album beside its CD offer: « Sold by Amazon.com Services LLC. » and "Ships from and sold by Amazon.com." are both Amazon',
      '<div id="dp-container"><div id="rightCol"><div id="dmusicBuyBox_feature_div"><span>Sold by Amazon.com Services LLC.</span></div><div id="cdOffer"><span>Ships from and sold by Amazon.com.</span></div></div></div>',
      { kind: 'platform', name: 'Amazon.com Services LLC' },
    ],
    [
      'a digital buy box inside the retail buy box container',
      '<div id="rightCol"><div id="buybox"><div id="dmusicBuyBox_feature_div"><span class="a-price">$9.49</span><div><span>Sold by Amazon.com Services LLC.</span></div></div></div></div>',
      { kind: 'platform', name: 'Amazon.com Services LLC' },
    ],
    [
      'a Kindle book in Europe: « Vendu par Amazon Media EU S.à r.l. » in the buy box',
      '<div id="buybox"><div id="kindle-buybox"><span>Vendu par : Amazon Media EU S.à r.l.</span></div></div>',
      { kind: 'platform', name: 'Amazon Media EU S.à r.l.' },
    ],
    [
      'an app: "Sold by: Amazon Digital Services, Inc." in the centre column',
      '<div id="dp-container"><div id="centerCol"><h1>App</h1><div><span>Sold by: Amazon Digital Services, Inc.</span></div></div><div id="rightCol"><p>Get app</p></div></div>',
      { kind: 'platform', name: 'Amazon Digital Services, Inc' },
    ],
    [
      'Amazon beside another seller in the same column: no single seller',
      '<div id="dp-container"><div id="rightCol"><p>Sold by Amazon.com Services LLC.</p><p>Sold by Vinyl Corner.</p></div></div>',
      { kind: 'unknown' },
    ],
    [
      'a buy box stating a third party no known layout reads: that seller',
      '<div id="buybox"><div class="a-section"><span>Sold by Tunes4U</span></div></div>',
      { kind: 'third-party', name: 'Tunes4U' },
    ],
    [
      'an empty retail buy box is no featured offer, whatever the rest of the page says',
      '<div id="buybox"></div><div id="rightCol"><p>Sold by Amazon.com Services LLC.</p></div>',
      { kind: 'unknown' },
    ],
  ])('%s', (_label, body, expected) => {
    expect(sellerOf('amazon', html(body))).toEqual(expected);
  });

  it('on every Amazon domain of the platform file, « Amazon.<domain> » is the platform', () => {
    const hostnames = PLATFORMS.find((p) => p.id === 'amazon')!.hostnames;
    expect(hostnames.length).toBeGreaterThan(5);
    for (const host of hostnames) {
      const name = `Amazon.${host.slice('amazon.'.length)}`;
      expect(soldBy(name).kind, name).toBe('platform');
      const doc = html(`<div id="merchant-info">Ships from and sold by ${name}.</div>`);
      expect(sellerOf('amazon', doc), host).toEqual({ kind: 'platform', name });
    }
  });

  it('reads text, not markup: a script or style inside the line adds nothing', () => {
    const doc = html(
      '<div id="merchant-info">Sold by <a id="sellerProfileTriggerId" href="/gp/help/seller/?seller=A6">Good<script>var x="<b>Evil</b>"</script><style>a{}</style> Shop</a>.</div>',
    );
    expect(sellerOf('amazon', doc)).toEqual({ kind: 'third-party', name: 'Good Shop' });
  });
});

describe('Amazon’s own selling names, and nothing that merely starts with Amazon', () => {
  it.each([
    'Amazon', 'Amazon.fr', 'Amazon.com', 'Amazon.co.uk', 'Amazon Warehouse', 'Amazon EU S.à r.l.',
    'Amazon Media EU S.à r.l.', 'Amazon.com Services LLC', 'Amazon Digital Services LLC', 'Amazon Digital Services, Inc.', 'Amazon Music', 'Amazon Services International, Inc.', 'amazon.de',
  ])('%s is Amazon', (name) => {
    expect(soldBy(name).kind).toBe('platform');
  });

  it.each(['Amazonia Shop', 'Amazon Deals by Foo', 'Not Amazon', 'AmazonBasics Reseller', 'Amazon.fr.evil', ''])(
    '%s is not Amazon',
    (name) => {
      expect(soldBy(name).kind).toBe(name ? 'third-party' : 'unknown');
    },
  );
});
