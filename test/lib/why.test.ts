import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/detect/detect';
import { createT } from '@/lib/i18n';
import { typesetFrench as fr } from '@/lib/text';
import { explainDetection } from '@/lib/why';

const fra = createT('fr');
const eng = createT('en');
const say = (signals: string[], isProductPage = true, t = fra, name = 'Amazon') =>
  explainDetection({ signals, isProductPage }, name).map((e) => t(e.key, e.params));

describe('explainDetection: shopper words, never the rule or the selector', () => {
  it('says what the address and the page show', () => {
    const signals = ['host:www.amazon.fr', 'rule:amazon:/dp/<ASIN>', 'dom:marker:#productTitle', 'dom:json-ld:Product'];
    expect(say(signals)).toEqual([
      'Cette page est sur www.amazon.fr, un site de Amazon.',
      'L’adresse de cette page ressemble à une fiche produit Amazon.',
      'La page se déclare comme un produit.',
      'La page se déclare comme un produit.',
    ]);
    for (const sentence of [...say(signals.slice(1)), ...say(signals.slice(1), true, eng)]) expect(sentence).not.toMatch(/<|#|\/|json|ld|dp\b/i);
  });

  it('English too', () => {
    expect(say(['rule:ebay:/itm/<id>', 'dom:og:type=product'], true, eng, 'eBay')).toEqual([
      'The address of this page looks like a eBay product page.',
      'The page declares itself a product.',
    ]);
  });

  it('an ambiguous address: settled by the page, or left open when the content was not checked', () => {
    expect(say(['ambiguous:darty:/nav/achat/…', 'dom:json-ld:Product'], true, fra, 'Darty')).toEqual([
      fr('L’adresse pourrait être celle d’une fiche produit ; le contenu de la page l’a confirmé.'),
      'La page se déclare comme un produit.',
    ]);
    expect(say(['ambiguous:darty:/nav/achat/…', 'dom:not-checked'], false, fra, 'Darty')).toEqual([
      fr('L’adresse pourrait être celle d’une fiche produit ; c’est le contenu de la page qui décide.'),
    ]);
  });

  it('says a page is not a product page, and that nothing on it declared one', () => {
    expect(say(['host:www.amazon.fr', 'dom:error-page', 'dom:no-product-signal'], false)).toEqual([
      'Cette page est sur www.amazon.fr, un site de Amazon.',
      fr('Cette page n’est pas une fiche produit : pas de badge ici, seule l’icône de la barre d’outils donne le statut.'),
    ]);
  });

  it('makes no sentence of an unknown or odd signal, and none of nothing', () => {
    expect(say(['seller:<img src=x onerror=alert(1)>'])).toEqual([]);
    expect(say([])).toEqual([]);
  });

  it('reads the detector’s own signals for a tab’s address', () => {
    expect(say(detectPage('https://www.amazon.fr/Bouilloire/dp/B08L5VNF78').signals)).toEqual([
      'Cette page est sur www.amazon.fr, un site de Amazon.',
      'L’adresse de cette page ressemble à une fiche produit Amazon.',
    ]);
    const listing = detectPage('https://www.amazon.fr/s?k=bouilloire');
    expect(explainDetection(listing, 'Amazon').at(-1)?.key).toBe('why.notProduct');
  });
});
