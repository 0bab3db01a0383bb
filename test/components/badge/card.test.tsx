import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '@/data/platforms';
import { createTranslator } from '@/lib/i18n';
import { DISPLAY_STATUSES, shortStatus, type DisplayStatus } from '@/lib/status';
import { CONTENT_SCRIPT_MESSAGES } from '@/locales/content-script';
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
    '%s in %s: dates per edition, one line of meaning, Details, Hide and close; nothing left untranslated',
    (status, lang) => {
      renderCard(lang, cardProps(EXAMPLE[status]));
      const card = screen.getByRole('group', { name: /^Charte PME/ });
      // Not listed in either edition: one line, the date the lists were checked.
      expect(card.querySelectorAll('.history li')).toHaveLength(status === 'not-listed' ? 1 : 2);
      expect(card.querySelectorAll('.meaning')).toHaveLength(1);
      expect([...card.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(
        lang === 'fr' ? ['Fermer', 'Détails', 'Masquer sur ce site'] : ['Close', 'Details', 'Hide on this site'],
      );
      // History in full, the commitments, "Why am I seeing this?" and the report link are in the side panel.
      expect(card.querySelector('a, details, ol')).toBeNull();
      expect(card.textContent).not.toMatch(/\b(?:badge|seller|status)\.[a-z]/);
    },
  );

  // Issue 22: the sources name « Fnac Darty » and « Alibaba », not Fnac, Darty or AliExpress. The
  // history says a status only for an edition the status line leaves out (issue 24), and then whose act it was.
  it.each(['fnac', 'darty', 'aliexpress'].flatMap((id) => (['fr', 'en'] as const).map((lang) => [id, lang] as const)))(
    '%s (%s): no history line gives the group\'s act to the brand',
    (id, lang) => {
      renderCard(lang, cardProps(id));
      const lines = [...screen.getByRole('group').querySelectorAll('.history li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' '));
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).not.toMatch(/^(?:A signé|N’a pas signé|Engagé|Signed|Did not sign|Committed)/);
      document.body.replaceChildren();
    },
  );

  it.each([
    ['fr', 'Le groupe Fnac Darty s’est engagé dans la charte renouvelée'],
    ['en', 'The Fnac Darty group committed to the renewed charter'],
  ] as const)('names the group on a history line that gives its status (%s)', (lang, start) => {
    const entry = { edition: '2020-renewal', status: 'signatory', date: '2020-12', isInferred: true, isStated: false, group: 'Fnac Darty' } as const;
    renderCard(lang, cardProps('darty', { history: [entry] }));
    const line = (screen.getByRole('group').querySelector('.history li')?.textContent ?? '').replace(/\s+/g, ' ');
    expect(line).toMatch(new RegExp(`^${start}`));
    expect(line).toMatch(lang === 'fr' ? /déduction/ : /inference/);
  });

  it.each(PLATFORMS.flatMap((p) => (['fr', 'en'] as const).map((lang) => [p.id, lang] as const)))(
    '%s in %s: the status is said once, and no date is said twice',
    (id, lang) => {
      const t = createTranslator(CONTENT_SCRIPT_MESSAGES[lang]);
      const props = cardProps(id);
      const line = shortStatus(PLATFORMS.find((p) => p.id === id)!, t);
      renderCard(lang, { ...props, statusLine: line });
      const card = screen.getByRole('group', { name: /^Charte PME/ });
      const text = card.textContent!;
      expect(text.split(line).length - 1).toBe(1);
      // « mars 2019 (25 mars 2019) »: a month named, then the same date in full.
      expect(text).not.toMatch(/(?:mars|March) 2019 \(\d/);
      // The inference is said by the status line; the history does not say it again for that edition.
      if (/déduction|inference/.test(line)) {
        const stated = props.history.filter((e) => e.isStated && e.isInferred).map((e) => e.edition);
        for (const edition of stated) expect(card.querySelector(`[data-edition="${edition}"]`)!.textContent).not.toMatch(/déduction|inference/);
      }
      document.body.replaceChildren();
    },
  );

  it('"Hide on this site" pressed: says so, offers Undo in place of the actions, keeps close', () => {
    const props = cardProps('amazon', { pendingHide: 'amazon.fr' });
    renderCard('fr', props);
    const card = screen.getByRole('group', { name: /^Charte PME/ });
    expect(screen.getByRole('status').textContent).toContain('amazon.fr');
    expect([...card.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Fermer', 'Annuler']);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(props.onUndoHide).toHaveBeenCalledWith(expect.any(Event));
  });

  it('keeps an empty live region while nothing is pending (announced when it fills)', () => {
    renderCard('en', cardProps('amazon'));
    expect(screen.getByRole('status').textContent).toBe('');
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
