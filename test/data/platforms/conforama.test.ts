import { describe, expect, it } from 'vitest';
import { classifyUrl, detectPage } from '@/lib/detect/detect';
import { fixtureDocument } from '../../helpers/fixtures';
import { otherUrls } from '../../helpers/url-table';

// Low confidence (brief §2.2): /<slug>/p/<id> comes from one synthetic fixture only, so the URL
// is not trusted alone and the DOM decides.
const MAYBE = [
  'https://www.conforama.fr/produit-test/p/A123456',
  'https://www.conforama.fr/canape-dangle-convertible/p/B741852',
  'https://www.conforama.fr/meuble/salon/canape/canape-dangle-convertible/p/B741852',
  'https://www.conforama.fr/canape-dangle-convertible/p/B741852/',
  'https://www.conforama.fr/canape-dangle-convertible/p/741852?color=gris',
  'http://www.conforama.fr/lit-coffre-140x190/p/C963258',
  'https://conforama.fr/lit-coffre-140x190/p/C963258',
  'https://www.conforama.fr/p/C963258',
];

const PRODUCT_DOM =
  '<html><head><meta property="og:type" content="product"></head><body><div itemscope itemtype="https://schema.org/Product"></div></body></html>';

describe('conforama: /…/p/<id> is settled by the DOM', () => {
  it.each(MAYBE)('%s', (url) => {
    expect(classifyUrl(url).verdict).toBe('ambiguous');
    expect(detectPage(url).isProductPage).toBe(false);
    expect(detectPage(url, fixtureDocument(PRODUCT_DOM))).toMatchObject({ platform: 'conforama', isProductPage: true });
    expect(detectPage(url, fixtureDocument('<p>Rien</p>'))).toMatchObject({ platform: 'conforama', isProductPage: false });
  });
});

otherUrls('conforama', [
  'https://www.conforama.fr/',
  'https://www.conforama.fr/search?q=canape',
  'https://www.conforama.fr/recherche-conforama/canape',
  'https://www.conforama.fr/liste-des-magasins',
  'https://www.conforama.fr/marchand/vendeur-123/p/A123456', // a seller page, even with a product-like tail
  'https://www.conforama.fr/digital-service-act',
]);
