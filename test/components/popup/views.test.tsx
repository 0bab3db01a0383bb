import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { CharterSummary } from '@/components/popup/charter-summary';
import { CurrentSite } from '@/components/popup/current-site';
import { QuickControls } from '@/components/popup/quick-controls';
import { ReportEntry } from '@/components/popup/report-entry';
import { siteOfUrl } from '@/lib/tab-site';
import { PLATFORMS, getPlatform } from '@/data/platforms';
import type { Lang } from '@/lib/text';

const renderIn = (lang: Lang, ui: ComponentChildren) => render(<I18nProvider lang={lang}>{ui}</I18nProvider>);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

describe('CurrentSite', () => {
  it('says it is reading the tab until the tab is known', () => {
    renderIn('fr', <CurrentSite site={undefined} platforms={PLATFORMS} onOpenEntry={vi.fn()} />);
    expect(screen.getByText('Lecture de l’onglet actif…')).toBeTruthy();
  });

  it.each([
    ['fr', /renouvelée/, /^Engagement : décembre 2020/, /pas le vendeur/],
    ['en', /renewed/, /^Joined: December 2020/, /not the seller|not about the seller/],
  ] as const)('shows the platform, its short status, its date and that it is about the platform (%s)', (lang, short, date, scope) => {
    const site = siteOfUrl('https://www.amazon.fr/dp/B08L5VNF78');
    renderIn(lang, <CurrentSite site={site} platforms={PLATFORMS} onOpenEntry={vi.fn()} />);
    const region = screen.getByRole('region', { name: lang === 'fr' ? 'Sur cet onglet' : 'On this tab' });
    expect(within(region).getByText('Amazon')).toBeTruthy();
    expect(within(region).getByText('amazon.fr')).toBeTruthy();
    expect(text(region.querySelector('.site-status'))).toMatch(short);
    expect(text(region.querySelector('.site-status + p')).trim()).toMatch(date);
    expect(text(region)).toMatch(scope);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('marks an inferred status as one', () => {
    renderIn('fr', <CurrentSite site={siteOfUrl('https://fr.aliexpress.com/item/1005001.html')} platforms={PLATFORMS} onOpenEntry={vi.fn()} />);
    expect(text(document.querySelector('.site-status'))).toMatch(/par déduction \(groupe Alibaba\)/);
  });

  it('labels an inferred status and gives its note', () => {
    renderIn('fr', <CurrentSite site={siteOfUrl('https://fr.aliexpress.com/item/1005001.html')} platforms={PLATFORMS} onOpenEntry={vi.fn()} />);
    // Its own long text: Alibaba refused, AliExpress is part of it by inference (issue 12).
    expect(screen.getByText(/^Alibaba n’a pas signé la charte de mars 2019\s;\sAliExpress fait partie du groupe Alibaba \(déduction, non confirmée/)).toBeTruthy();
    expect(text(document.querySelector('.site'))).toContain('refus du groupe Alibaba (25 mars 2019)');
    expect(screen.queryByText(/Refus rapporté/)).toBeNull();
  });

  it('does not mark a sourced status', () => {
    renderIn('fr', <CurrentSite site={siteOfUrl('https://www.cdiscount.com/f-1-x.html')} platforms={PLATFORMS} onOpenEntry={vi.fn()} />);
    expect(text(document.querySelector('.site-status'))).not.toMatch(/déduction/);
  });

  it.each([
    ['fr', 'Ce site n’est pas une place de marché suivie', 'Places de marché suivies', 'Symboles'],
    ['en', 'This site is not a tracked marketplace', 'Tracked marketplaces', 'Symbols'],
  ] as const)('lists the tracked platforms as buttons that open their entry, elsewhere (%s)', (lang, message, heading, legend) => {
    const onOpenEntry = vi.fn();
    renderIn(lang, <CurrentSite site={null} platforms={PLATFORMS} onOpenEntry={onOpenEntry} />);
    expect(screen.getByText(message)).toBeTruthy();
    const list = screen.getByRole('list', { name: heading });
    const items = within(list).getAllByRole('listitem');
    const tracked = PLATFORMS.filter((p) => p.hostnames.length > 0);
    expect(items).toHaveLength(tracked.length);
    expect(items.map((li) => li.dataset.platform)).not.toContain('certideal'); // no hostname: nothing to track
    const names = items.map((li) => li.textContent!.replace(/\*$/, ''));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));

    // The icon alone shows the status: the button's name says it in words, inference included.
    const amazon = within(list).getByRole('button', { name: /^Amazon\s?:/ });
    expect(amazon.getAttribute('aria-label')).toMatch(lang === 'fr' ? /Refus en 2019.*renouvelée/ : /Declined in 2019.*renewed/);
    const aliexpress = within(list).getByRole('button', { name: /^AliExpress/ });
    expect(aliexpress.getAttribute('aria-label')).toMatch(lang === 'fr' ? /déduction/ : /inference/);
    fireEvent.click(amazon);
    expect(onOpenEntry).toHaveBeenCalledWith('amazon');

    // The legend names each icon in words, the inference's star, and the toolbar icon's marks (issue 22).
    const legendItems = within(screen.getByRole('list', { name: legend })).getAllByRole('listitem');
    expect(legendItems).toHaveLength(6);
    expect(legendItems[5]!.textContent).toBe(
      lang === 'fr'
        ? 'barre d’outils\u00a0: «\u00a0oui\u00a0», «\u00a0non\u00a0» ou «\u00a0?\u00a0»'
        : 'toolbar: "yes", "no" or "?"',
    );
    expect(legendItems[4]!.textContent).toMatch(/^\* (déduction|inference)/);
    expect(legendItems[0]!.textContent).toMatch(lang === 'fr' ? /2019 et 2020/ : /2019 and 2020/);
  });
});

describe('CharterSummary', () => {
  it.each([
    ['fr', 'La charte', 'Ce n’est pas un appel au boycott : à vous de choisir, en votre âme et conscience.', 'Détails de la charte'],
    ['en', 'The charter', 'This is not a call for a boycott: the choice is yours, by your own judgement and conscience.', 'Charter details'],
  ] as const)('gives the charter in one sentence, the no-boycott line and the details (%s)', (lang, heading, noBoycott, details) => {
    const onOpenDetails = vi.fn();
    renderIn(lang, <CharterSummary onOpenDetails={onOpenDetails} />);
    const region = screen.getByRole('region', { name: heading });
    const sentence = region.querySelector('p')!.textContent!;
    expect(sentence.match(/[.] /g)).toBeNull(); // one sentence
    expect(sentence).toMatch(lang === 'fr' ? /TPE\/PME/ : /small businesses/);
    expect(text(region.querySelector('.no-boycott')).replace(/\s/g, ' ')).toBe(noBoycott);
    fireEvent.click(within(region).getByRole('button', { name: details }));
    expect(onOpenDetails).toHaveBeenCalledTimes(1);
  });
});

describe('QuickControls', () => {
  it('has the badge switch everywhere and a "show here" switch on a tracked site only', () => {
    const onEnabled = vi.fn();
    const onHiddenHere = vi.fn();
    const props = { enabled: true, isHiddenHere: false, onEnabled, onHiddenHere };
    const view = renderIn('fr', <QuickControls {...props} currentSite={null} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Afficher le badge sur les pages produit' }));
    expect(onEnabled).toHaveBeenCalledWith(false);

    view.rerender(
      <I18nProvider lang="fr">
        <QuickControls {...props} currentSite="amazon.fr" isHiddenHere />
      </I18nProvider>,
    );
    // The same control as the global one, reading "on = shown"; a hidden site says so.
    const here = screen.getByRole('switch', { name: 'Afficher sur amazon.fr' }) as HTMLInputElement;
    expect(here.checked).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Le badge est masqué sur amazon.fr.');
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(here);
    expect(onHiddenHere).toHaveBeenCalledWith(false);

    view.rerender(
      <I18nProvider lang="fr">
        <QuickControls {...props} currentSite="amazon.fr" isHiddenHere={false} />
      </I18nProvider>,
    );
    expect((screen.getByRole('switch', { name: 'Afficher sur amazon.fr' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('switch', { name: 'Afficher sur amazon.fr' }));
    expect(onHiddenHere).toHaveBeenLastCalledWith(true);
  });
});

describe('ReportEntry', () => {
  it('prepares the report for the page, without its query string, to copy: no address is configured, nothing is sent', () => {
    renderIn(
      'fr',
      <ReportEntry url="https://www.amazon.fr/dp/B08L5VNF78?tag=secret#x" platform={getPlatform('amazon')!} version="9.9.9" />,
    );
    const box = document.querySelector('details.report')!;
    expect(text(box.querySelector('summary'))).toBe('Signaler une erreur de détection');
    const report = box.querySelector('textarea')!.value;
    expect(report).toContain('www.amazon.fr/dp/B08L5VNF78');
    expect(report).not.toContain('secret');
    expect(report).toContain('9.9.9');
    expect(box.querySelector('.report__none')).not.toBeNull();
    expect(box.querySelector('a')).toBeNull();
  });

  it('opened as the popup’s own view: the same report, unfolded, its label above the text', () => {
    renderIn('fr', <ReportEntry url="https://www.amazon.fr/dp/B08L5VNF78?tag=secret" platform={getPlatform('amazon')!} version="9.9.9" isOpen />);
    expect(document.querySelector('details')).toBeNull();
    const label = document.querySelector('label.report__label')!;
    expect([...label.children].map((el) => el.tagName)).toEqual(['SPAN', 'TEXTAREA']);
    expect((screen.getByRole('textbox', { name: 'Texte du signalement' }) as HTMLTextAreaElement).value).not.toContain('secret');
    expect((screen.getByRole('textbox', { name: 'Texte du signalement' }) as HTMLTextAreaElement).value).toContain('www.amazon.fr/dp/B08L5VNF78');
    expect(screen.getByRole('button', { name: 'Copier le texte' })).toBeTruthy();
  });
});
