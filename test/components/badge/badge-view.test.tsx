import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { BadgeView, type BadgeViewProps } from '@/components/badge/badge-view';
import { I18nProvider } from '@/components/i18n';
import { explainSignals } from '@/lib/badge/card-facts';
import { createT } from '@/lib/i18n';
import { prepareReport } from '@/lib/report';
import { DISPLAY_STATUSES, shortStatus, type DisplayStatus } from '@/lib/status';
import { getPlatform } from '@/data/platforms';
import type { Lang } from '@/lib/text';
import { MESSAGES } from '@/locales';
import { badgeProps, renderWithContentStrings } from '../../helpers/badge-props';
import { typesetFrench as fr } from '@/lib/text';

const SHORT: Record<Lang, Record<DisplayStatus, string>> = {
  fr: {
    signatory: 'Signataire de la charte (2019, renouvelée en 2020)',
    'renewal-signatory': 'A rejoint la charte renouvelée (déc. 2020)',
    declined: 'N’a pas signé la charte (2019)',
    'not-listed': 'Absent des signataires connus',
  },
  en: {
    signatory: MESSAGES.en['status.signatory.short'],
    'renewal-signatory': MESSAGES.en['status.renewal-signatory.short'],
    declined: MESSAGES.en['status.declined.short'],
    'not-listed': MESSAGES.en['status.not-listed.short'],
  },
};

/** One platform per status, from the real data. */
const EXAMPLE: Record<DisplayStatus, string> = {
  signatory: 'fnac',
  'renewal-signatory': 'amazon',
  declined: 'alibaba',
  'not-listed': 'temu',
};

/** The wiring owns the open state; this stand-in does the same for interaction tests. */
function Stateful(props: BadgeViewProps) {
  const [isOpen, setOpen] = useState(props.isOpen);
  return (
    <BadgeView
      {...props}
      isOpen={isOpen}
      onOpenChange={(next) => {
        setOpen(next);
        props.onOpenChange(next);
      }}
    />
  );
}

const renderIn = (lang: Lang, props: BadgeViewProps, stateful = false) =>
  render(<I18nProvider lang={lang}>{stateful ? <Stateful {...props} /> : <BadgeView {...props} />}</I18nProvider>);

const pill = () => screen.getByRole('button', { name: /Charte PME/ });

describe('the pill', () => {
  it.each(DISPLAY_STATUSES.flatMap((status) => (['fr', 'en'] as const).map((lang) => [status, lang] as const)))(
    '%s in %s: one short line, an icon, an accessible name naming the platform',
    (status, lang) => {
      const props = badgeProps(EXAMPLE[status]);
      expect(props.status).toBe(status);
      renderIn(lang, props);
      const button = pill();
      expect(button.textContent).toContain(SHORT[lang][status]);
      expect(button.textContent).toContain(`Charte PME, ${props.platformName}`);
      expect(button.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(screen.queryByRole('group')).toBeNull();
    },
  );

  it('shows the platform’s own short status line when given (inference, French scope), in the pill and the card', () => {
    const statusLine = shortStatus(getPlatform('aliexpress')!, createT('fr'), 'www.aliexpress.com');
    renderIn('fr', badgeProps('aliexpress', { statusLine, isOpen: true }));
    expect(pill().textContent).toContain('N’a pas signé la charte (2019), par déduction (groupe Alibaba) · charte française');
    expect(screen.getByRole('group', { name: /^Charte PME/ }).textContent).toContain(statusLine);
  });

  it('is a disclosure: it controls the card it opens', () => {
    const props = badgeProps('amazon');
    renderIn('fr', props, true);
    fireEvent.click(pill());
    expect(props.onOpenChange).toHaveBeenCalledWith(true);
    expect(pill().getAttribute('aria-expanded')).toBe('true');
    const card = screen.getByRole('group', { name: fr('Charte PME : Amazon') });
    expect(card.id).toBe(pill().getAttribute('aria-controls'));
    fireEvent.click(pill());
    expect(screen.queryByRole('group')).toBeNull();
  });
});

describe('the card', () => {
  const open = (id: string, lang: Lang = 'fr', overrides: Partial<BadgeViewProps> = {}) => {
    const props = badgeProps(id, { isOpen: true, ...overrides });
    renderIn(lang, props, true);
    return { props, card: screen.getByRole('group', { name: /^Charte PME/ }) };
  };

  it('gives Amazon’s history with dates: did not sign in March 2019, joined the renewal in December 2020', () => {
    const { card } = open('amazon');
    const items = within(card).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('N’a pas signé la charte de mars 2019 (25 mars 2019)');
    expect(items).toContain('Engagé dans la charte renouvelée (décembre 2020)');
  });

  it('gives the same history in English', () => {
    const { card } = open('amazon', 'en');
    const items = within(card).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('Did not sign the March 2019 charter (25 March 2019)');
    expect(items).toContain('Committed to the renewed charter (December 2020)');
  });

  it('labels an inference as one (AliExpress is covered by Alibaba’s refusal only by inference)', () => {
    const { card } = open('aliexpress');
    expect(within(card).getByText(/N’a pas signé la charte de mars 2019/).textContent).toContain('(déduction, non confirmée)');
  });

  it('says "not listed" with the date it was checked, not as a verdict', () => {
    const { card } = open('temu');
    expect(card.textContent).toMatch(/Absent des signataires de mars 2019 \(vérifié le \d{1,2} \w+ \d{4}\)/);
    expect(card.textContent).not.toMatch(/refus/i);
    expect(card.textContent).toContain('Ce n’est pas un jugement');
  });

  it('keeps the "not a judgement" line for the not-listed status only', () => {
    for (const id of ['fnac', 'amazon', 'alibaba']) {
      expect(open(id).card.textContent).not.toContain('pas un jugement');
      cleanup();
    }
  });

  it('lists the three commitments, one line each', () => {
    const { card } = open('fnac');
    const axes = card.querySelectorAll('ol.axes > li');
    expect([...axes].map((li) => li.textContent)).toEqual([
      'Formaliser la relation commerciale',
      'Un échange ouvert, fiable et individualisé',
      'Lutter contre la contrefaçon',
    ]);
  });

  it('says what it means and what it does not', () => {
    const { card } = open('fnac');
    expect(card.textContent).toContain('volontaire et non contraignant');
    expect(card.textContent).toContain('TPE/PME');
    expect(card.textContent).toContain('ne dit rien de ce produit ni du vendeur de cet article');
  });

  it('explains why: the matched host and rule', () => {
    const { card } = open('amazon');
    const why = card.querySelector('details')!;
    expect(why.querySelector('summary')?.textContent).toBe(fr('Pourquoi ce badge ?'));
    expect(why.textContent).toContain('L’adresse www.amazon.fr est un site de la plateforme Amazon.');
    expect(why.textContent).toContain('(/dp/<ASIN>)');
  });

  it('renders page-derived text as text, never as HTML', () => {
    const reasons = explainSignals(['dom:marker:<img src=x onerror=alert(1)>'], 'Amazon');
    const { card } = open('amazon', 'fr', { reasons });
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('"Details" calls back (the wiring opens the side panel or a tab)', () => {
    const { props, card } = open('amazon');
    fireEvent.click(within(card).getByRole('button', { name: 'Détails' }));
    expect(props.onDetails).toHaveBeenCalledTimes(1);
  });

  it('"Hide on this site" calls back', () => {
    const { props, card } = open('amazon');
    fireEvent.click(within(card).getByRole('button', { name: 'Masquer sur ce site' }));
    expect(props.onHide).toHaveBeenCalledTimes(1);
  });

  it('"Report a wrong match", default build: the text to copy, no recipient, and it says nothing is sent', () => {
    const { props, card } = open('amazon');
    const report = card.querySelector('details.report')!;
    expect(report.querySelector('summary')?.textContent).toBe('Signaler une erreur de détection');
    expect(within(card).queryByRole('link', { name: /Signaler|courriel|formulaire/ })).toBeNull();
    expect(report.textContent).toContain(fr('Aucune adresse de signalement n’est configurée dans cette version de l’extension : rien n’est envoyé.'));
    const text = within(report as HTMLElement).getByRole('textbox') as HTMLTextAreaElement;
    expect(text.readOnly).toBe(true);
    expect(text.value).toBe(`${props.report.subject}\n\n${props.report.body}`);
    expect(text.value).not.toContain('secret');
  });

  it('"Report a wrong match" with a configured address: a prefilled mailto: link to that address only', () => {
    const report = prepareReport(
      { url: 'https://www.amazon.fr/dp/B08L5VNF78', platformName: 'Amazon', status: 'x', signals: [], version: '1' },
      createT('fr'),
      { kind: 'email', address: 'maintainer@example.org' },
    );
    const { card } = open('amazon', 'fr', { report });
    const link = within(card).getByRole('link', { name: /courriel prérempli/ });
    expect(link.getAttribute('href')).toMatch(/^mailto:maintainer@example\.org\?subject=/);
    expect(card.textContent).not.toContain('Aucune adresse');
  });

  it('closes from its close button and gives the focus back to the pill', () => {
    const { props, card } = open('amazon');
    fireEvent.click(within(card).getByRole('button', { name: 'Fermer' }));
    expect(props.onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(pill());
  });

  it('closes on Escape from inside the card and gives the focus back to the pill', () => {
    const { props, card } = open('amazon');
    const details = within(card).getByRole('button', { name: 'Détails' });
    details.focus();
    fireEvent.keyDown(details, { key: 'Escape' });
    expect(props.onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(pill());
  });

  it('ignores Escape when the card is closed', () => {
    const props = badgeProps('amazon');
    renderIn('fr', props);
    fireEvent.keyDown(pill(), { key: 'Escape' });
    expect(props.onOpenChange).not.toHaveBeenCalled();
  });
});

describe('the announcement', () => {
  it('goes to one polite status region, and only when the caller fills it', () => {
    const props = badgeProps('amazon');
    const { rerender } = renderIn('fr', props);
    const region = screen.getByRole('status');
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('');
    rerender(
      <I18nProvider lang="fr">
        <BadgeView {...props} announcement="Charte PME, Amazon : A rejoint la charte renouvelée (déc. 2020)" />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('A rejoint la charte renouvelée');
  });
});

describe('with the content script’s own string tables', () => {
  it.each(DISPLAY_STATUSES.flatMap((status) => (['fr', 'en'] as const).map((lang) => [status, lang] as const)))(
    '%s in %s: every string of the pill and the open card is there (no raw key)',
    (status, lang) => {
      const props = badgeProps(EXAMPLE[status], { isOpen: true, announcement: 'x', seller: { kind: 'third-party', name: 'Foo' } });
      renderWithContentStrings(lang, props);
      // Text nodes joined with spaces: "…this seller." + "The three…" must not read as a key.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: string[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode.nodeValue ?? '');
      const text = nodes.join(' ');
      const labels = [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
      expect(text + labels.join(' ')).not.toMatch(/\b(?:badge|status|edition|confidence|scope|panel|popup|seller)\.[\w.-]+/);
      expect(text).toContain(SHORT[lang][status]);
      expect(text).toContain('Foo');
    },
  );
});
