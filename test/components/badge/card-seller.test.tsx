import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { typesetFrench as fr } from '@/lib/text';
import type { Seller } from '@/lib/sellers';
import type { Lang } from '@/lib/text';
import { cardProps, renderCard } from '../../helpers/card-props';

/** The open card as the content script renders it: its own string table, a seller reading. */
function openCard(lang: Lang, seller: Seller | undefined) {
  renderCard(lang, cardProps('amazon', { seller }));
  return screen.getByRole('group', { name: /^Charte PME/ });
}

const section = (card: HTMLElement) => card.querySelector<HTMLElement>('.seller');
const lines = (card: HTMLElement) => [...section(card)!.querySelectorAll('p')].map((p) => p.textContent);

describe('the card’s seller line', () => {
  it.each([
    [
      'fr',
      { kind: 'third-party', name: 'VELIHOTUBUYE' },
      'Vendu par\u00a0: VELIHOTUBUYE (vendeur tiers)',
      'La charte porte sur la façon dont la plateforme traite les vendeurs comme celui-ci, pas sur ce vendeur.',
    ],
    [
      'en',
      { kind: 'third-party', name: 'VELIHOTUBUYE' },
      'Sold by: VELIHOTUBUYE (third-party seller)',
      'The charter is about how the platform treats sellers like this one, not about this seller.',
    ],
    [
      'fr',
      { kind: 'private', name: 'Marie' },
      'Vendu par\u00a0: Marie (particulier)',
      'La charte porte sur la façon dont la plateforme traite les vendeurs professionnels (TPE/PME), pas les particuliers.',
    ],
    [
      'en',
      { kind: 'private', name: 'Marie' },
      'Sold by: Marie (private seller)',
      'The charter is about how the platform treats professional sellers (small and medium businesses), not private individuals.',
    ],
    [
      'fr',
      { kind: 'platform', name: 'Amazon EU S.à r.l.' },
      'Vendu par la plateforme',
      fr('La charte porte sur la façon dont la plateforme traite les vendeurs tiers ; ici, elle vend elle-même.'),
    ],
    [
      'en',
      { kind: 'platform' },
      'Sold by the platform',
      'The charter is about how the platform treats third-party sellers; here it sells the item itself.',
    ],
  ] as const)('%s, %o: the line and one neutral note', (lang, seller, line, note) => {
    const card = openCard(lang, seller);
    const title = lang === 'fr' ? 'Vendeur de cet article' : 'Seller of this item';
    // A private seller also gets the consumer-rights sentence (lib/sellers/display.ts).
    const rights = seller.kind !== 'private' ? [] : lang === 'fr' ? [expect.stringMatching(/^Selon la page, ce vendeur est un particulier/)] : [expect.stringMatching(/^According to the page, this seller is a private individual/)];
    expect(lines(card)).toEqual([title, line, ...rights, note]);
    expect(section(card)!.dataset.sellerKind).toBe(seller.kind);
  });

  it.each(['fr', 'en'] as const)('%s: says nothing of the seller when it is unknown or not read yet', (lang) => {
    for (const seller of [{ kind: 'unknown' } as const, undefined]) {
      const card = openCard(lang, seller);
      expect(section(card)).toBeNull();
      expect(card.textContent).not.toMatch(/Vendu par|Sold by|Vendeur de cet article|Seller of this item/);
      document.body.replaceChildren();
    }
  });

  it('comes after the history and what the status means, before the actions', () => {
    const card = openCard('fr', { kind: 'third-party', name: 'Foo' });
    const order = [...card.querySelectorAll('.section, .meaning, .actions')].map((el) => el.className);
    expect(order).toEqual(['section history', 'meaning', 'section seller', 'actions']);
    expect(card.querySelector('.section')!.textContent).toContain('Charte renouvelée');
  });

  it('shows a page-given name as text, never as HTML', () => {
    const card = openCard('fr', { kind: 'third-party', name: '<img src=x onerror=alert(1)>' });
    expect(card.querySelector('img')).toBeNull();
    expect(within(section(card)!).getByText(/Vendu par/).textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
