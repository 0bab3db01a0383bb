import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DISPLAY_STATUSES, type DisplayStatus } from '@/lib/status';
import { cardProps, renderCard } from '../../helpers/card-props';

/** One platform per status, from the real data. */
const EXAMPLE: Record<DisplayStatus, string> = {
  signatory: 'fnac',
  'renewal-signatory': 'amazon',
  declined: 'alibaba',
  'not-listed': 'temu',
};

describe('the short card', () => {
  it.each(DISPLAY_STATUSES.flatMap((status) => (['fr', 'en'] as const).map((lang) => [status, lang] as const)))(
    '%s in %s: status per edition, one line of meaning, Details, Hide and close; nothing left untranslated',
    (status, lang) => {
      renderCard(lang, cardProps(EXAMPLE[status]));
      const card = screen.getByRole('group', { name: /^Charte PME/ });
      expect(card.querySelectorAll('.history li')).toHaveLength(2);
      expect(card.querySelectorAll('.meaning')).toHaveLength(1);
      expect([...card.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(
        lang === 'fr' ? ['Fermer', 'Détails', 'Masquer sur ce site'] : ['Close', 'Details', 'Hide on this site'],
      );
      // History in full, the commitments, "Why am I seeing this?" and the report link are in the side panel.
      expect(card.querySelector('a, details, ol')).toBeNull();
      expect(card.textContent).not.toMatch(/\b(?:badge|seller|status)\.[a-z]/);
    },
  );

  // Issue 22: the sources name « Fnac Darty » and « Alibaba », not Fnac, Darty or AliExpress.
  it.each([
    ['fnac', 'fr', ['Le groupe Fnac Darty a signé la charte de mars 2019', 'Le groupe Fnac Darty s’est engagé dans la charte renouvelée'], false],
    ['darty', 'fr', ['Le groupe Fnac Darty a signé la charte de mars 2019', 'Le groupe Fnac Darty s’est engagé dans la charte renouvelée'], true],
    ['aliexpress', 'fr', ['Le groupe Alibaba n’a pas signé la charte de mars 2019', 'Pas parmi les signataires connus de la charte renouvelée'], true],
    ['darty', 'en', ['The Fnac Darty group signed the March 2019 charter', 'The Fnac Darty group committed to the renewed charter'], true],
    ['cdiscount', 'fr', ['A signé la charte de mars 2019', 'Engagé dans la charte renouvelée'], false],
  ] as const)('%s (%s): each history line says whose act it was', (id, lang, starts, inferred) => {
    renderCard(lang, cardProps(id));
    const lines = [...screen.getByRole('group').querySelectorAll('.history li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' '));
    starts.forEach((start, i) => expect(lines[i]).toMatch(new RegExp(`^${start}`)));
    expect(lines[0]!.includes(lang === 'fr' ? 'déduction' : 'inference')).toBe(inferred);
  });

  it('says "not a verdict" where a not-listed status is explained', () => {
    renderCard('fr', cardProps('temu'));
    expect(screen.getByRole('group').querySelector('.meaning')!.textContent).toContain('Ce n’est pas un jugement');
  });

  it('says so when "Hide on this site" could not be saved', () => {
    renderCard('fr', cardProps('amazon', { hideFailed: true }));
    expect(screen.getByRole('alert').textContent).toContain('Impossible d’enregistrer ce choix');
  });

  it('hands each action its event, so the caller can refuse untrusted ones', () => {
    const props = cardProps('amazon');
    renderCard('en', props);
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    fireEvent.click(screen.getByRole('button', { name: 'Hide on this site' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    for (const handler of [props.onDetails, props.onHide, props.onClose]) expect(handler).toHaveBeenCalledWith(expect.any(Event));
  });
});
