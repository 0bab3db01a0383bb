import { describe, expect, it } from 'vitest';
import { createT } from '@/lib/i18n';
import { typesetFrench as fr } from '@/lib/text';
import { explainDetection } from '@/lib/why';

const fra = createT('fr');
const eng = createT('en');
const say = (signals: string[], t = fra, name = 'Amazon') => explainDetection(signals, name).map((e) => t(e.key, e.params));

describe('explainDetection: shopper words, the rule only as technical detail', () => {
  it('says what the address and the page show, without the rule or the selector', () => {
    const signals = ['host:www.amazon.fr', 'rule:amazon:/dp/<ASIN>', 'dom:marker:#productTitle', 'dom:json-ld:Product'];
    expect(say(signals)).toEqual([
      'Ce site appartient à Amazon.',
      'L’adresse de cette page ressemble à une fiche produit Amazon.',
      'La page contient les éléments d’une fiche produit Amazon.',
      'La page se déclare comme un produit.',
    ]);
    for (const sentence of [...say(signals), ...say(signals, eng)]) expect(sentence).not.toMatch(/<|#|\/|json|ld|dp\b/i);
    expect(explainDetection(signals, 'Amazon').map((e) => e.technical)).toEqual(signals);
  });

  it('English too', () => {
    expect(say(['rule:ebay:/itm/<id>', 'dom:og:type=product'], eng, 'eBay')).toEqual([
      'This page’s address looks like a product page on eBay.',
      'The page declares itself as a product.',
    ]);
  });

  it('explains the not-a-product outcomes too (for the side panel on any page)', () => {
    expect(say(['host:not-listed:example.org', 'dom:error-page', 'dom:no-product-signal', 'dom:not-checked', 'ambiguous:darty:/nav/achat/…'], fra, 'Darty')).toEqual([
      fr('Ce site n’est pas une place de marché suivie.'),
      'La page ressemble à une page d’erreur.',
      'Le contenu de la page ne ressemble pas à une fiche produit.',
      'Le contenu de la page n’a pas été vérifié.',
      'L’adresse de cette page peut être celle d’une fiche produit Darty, et son contenu le confirme.',
    ]);
  });

  it('keeps an unknown or odd signal, with its raw text as the technical detail only', () => {
    const [odd] = explainDetection(['seller:<img src=x onerror=alert(1)>'], 'Amazon');
    expect(fra(odd!.key, odd!.params)).toBe('Un autre indice a été relevé.');
    expect(odd!.technical).toBe('seller:<img src=x onerror=alert(1)>');
    expect(explainDetection([], 'Amazon')).toEqual([]);
  });
});
