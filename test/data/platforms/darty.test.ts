import { describe, expect, it } from 'vitest';
import { classifyUrl, detectPage } from '@/lib/detect/detect';
import { fixtureDocument } from '../../helpers/fixtures';
import { otherUrls } from '../../helpers/url-table';

// Darty's product and category pages share /nav/achat/…: the URL only says "maybe" and the DOM
// decides (brief §4 question 10). Shapes seen in public code.
const MAYBE = [
  'https://www.darty.com/nav/achat/telephonie/telephone_mobile/iphone-17-pro-max-256gb.html',
  'https://www.darty.com/nav/achat/gros_electromenager/lavage_sechage/lave-linge_hublot/vedette_lfvq124w.html',
  'https://www.darty.com/nav/achat/telephonie/eclairage_domotique/ampoules_connectees/onearz_connect_oeco_lb9wcct.html',
  'https://www.darty.com/nav/achat/climatisation/climatiseur/midea_mmcs-12hrn8-qrd0.html',
  'https://www.darty.com/nav/achat/informatique/console_ps5/sony_ps5_pro.html',
  'https://www.darty.com/nav/achat/aspirateur-x.html',
  'https://www.darty.com/nav/achat/hifi_video/casque/casque_audio/sony_wh-1000xm5_noir.html?dartycid=abc',
  'http://www.darty.com/nav/achat/petit_electromenager/cafetiere/nespresso_vertuo.html',
];

const PRODUCT_DOM = '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Vertuo"}</script></head><body></body></html>';
const CATEGORY_DOM = '<html><head><title>Cafetières - Darty</title></head><body><ul><li>Vertuo</li></ul></body></html>';

describe('darty: /nav/achat/…/<name>.html is settled by the DOM', () => {
  it.each(MAYBE)('%s', (url) => {
    expect(classifyUrl(url).verdict).toBe('ambiguous');
    expect(detectPage(url)).toMatchObject({ platform: 'darty', isProductPage: false });
    expect(detectPage(url).signals).toContain('dom:not-checked');
    const product = detectPage(url, fixtureDocument(PRODUCT_DOM));
    expect(product).toMatchObject({ platform: 'darty', isProductPage: true });
    expect(product.signals).toEqual(['host:www.darty.com', 'ambiguous:darty:/nav/achat/…/<name>.html', 'dom:json-ld:Product']);
    expect(detectPage(url, fixtureDocument(CATEGORY_DOM))).toMatchObject({ platform: 'darty', isProductPage: false });
  });

  it('takes the platform marker as a product signal', () => {
    const doc = fixtureDocument('<html><body><div class="product_head"><h1>Vertuo</h1></div></body></html>');
    expect(detectPage(MAYBE[0] ?? '', doc).signals).toContain('dom:marker:.product_head');
  });
});

// Category index pages are decided by the URL, whatever their DOM says.
describe('darty: category index pages', () => {
  it.each([
    'https://www.darty.com/nav/achat/rayon/index.html',
    'https://www.darty.com/nav/achat/gros_electromenager/lavage_sechage/lave-linge_hublot/index.html',
  ])('%s', (url) => {
    expect(detectPage(url, fixtureDocument(PRODUCT_DOM))).toMatchObject({ platform: 'darty', isProductPage: false });
    expect(detectPage(url).signals).toContain('not-product:darty:/nav/achat/…/index.html');
  });
});

otherUrls('darty', [
  'https://www.darty.com/',
  'https://www.darty.com/nav/recherche?text=cafetiere',
  'https://www.darty.com/nav/recherche/cafetiere.html',
  'https://www.darty.com/nav/extra/list?s=prix_asc',
  'https://www.darty.com/nav/achat/climatisation',
  'https://magasin.darty.com/sitemap.xml',
]);
