import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { CommitmentsSummary } from '@/components/popup/commitments-summary';
import { CurrentSite } from '@/components/popup/current-site';
import { siteOfUrl } from '@/lib/tab-site';
import { AXES } from '@/data/charter/commitments';
import { PLATFORMS } from '@/data/platforms';
import type { Lang } from '@/lib/text';

const renderIn = (lang: Lang, ui: ComponentChildren) => render(<I18nProvider lang={lang}>{ui}</I18nProvider>);

describe('CurrentSite', () => {
  it('says it is reading the tab until the tab is known', () => {
    renderIn('fr', <CurrentSite site={undefined} platforms={PLATFORMS} />);
    expect(screen.getByText('Lecture de l’onglet actif…')).toBeTruthy();
  });

  it.each([
    ['fr', 'A rejoint la charte renouvelée (déc. 2020)', 'Engagement : décembre 2020', /ne figurait pas parmi les signataires de mars 2019/],
    ['en', 'Joined the renewed charter (Dec. 2020)', 'Joined: December 2020', /March 2019/],
  ] as const)('shows the platform, its status and its date (%s)', (lang, short, date, long) => {
    const site = siteOfUrl('https://www.amazon.fr/dp/B08L5VNF78');
    renderIn(lang, <CurrentSite site={site} platforms={PLATFORMS} />);
    const region = screen.getByRole('region', { name: lang === 'fr' ? 'Sur cet onglet' : 'On this tab' });
    expect(within(region).getByText('Amazon')).toBeTruthy();
    expect(within(region).getByText('amazon.fr')).toBeTruthy();
    expect(within(region).getByText(short)).toBeTruthy();
    expect(within(region).getByText(date)).toBeTruthy();
    expect(within(region).getByText(long)).toBeTruthy();
    // The status speaks of the platform: the popup says so next to it.
    expect(region.textContent).toMatch(lang === 'fr' ? /pas le vendeur/ : /not about the seller/);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('labels an inferred status and gives its note', () => {
    renderIn('fr', <CurrentSite site={siteOfUrl('https://fr.aliexpress.com/item/1005001.html')} platforms={PLATFORMS} />);
    // Its own long text: Alibaba refused, AliExpress is part of it by inference (issue 12).
    expect(screen.getByText(/^Alibaba n’a pas signé la charte de mars 2019\s;\sAliExpress fait partie du groupe Alibaba \(déduction, non confirmée/)).toBeTruthy();
    expect(screen.getByText('refus du groupe Alibaba (25 mars 2019) (déduction)')).toBeTruthy();
    expect(screen.queryByText(/Refus rapporté/)).toBeNull();
  });

  it('dates a not-listed status with the review date and says it is no judgement', () => {
    const site = siteOfUrl('https://www.temu.com/fr/x-g-601099512345678.html');
    renderIn('fr', <CurrentSite site={site} platforms={PLATFORMS} />);
    expect(screen.getByText(/^Vérifié le \d+ \w+ \d{4}$/)).toBeTruthy();
    expect(screen.getByText(/Ce n’est pas un jugement/)).toBeTruthy();
  });

  it.each([
    ['fr', 'Ce site n’est pas une place de marché suivie', 'Places de marché suivies'],
    ['en', 'This site is not a tracked marketplace', 'Tracked marketplaces'],
  ] as const)('lists the tracked platforms with their status on any other site (%s)', (lang, message, heading) => {
    renderIn(lang, <CurrentSite site={null} platforms={PLATFORMS} />);
    expect(screen.getByText(message)).toBeTruthy();
    const list = screen.getByRole('list', { name: heading });
    const items = within(list).getAllByRole('listitem');
    const tracked = PLATFORMS.filter((p) => p.hostnames.length > 0);
    expect(items).toHaveLength(tracked.length);
    expect(items.map((li) => li.dataset.platform)).not.toContain('certideal'); // no hostname: nothing to track
    const amazon = items.find((li) => li.dataset.platform === 'amazon')!;
    expect(amazon.dataset.status).toBe('renewal-signatory');
    expect(amazon.textContent).toMatch(lang === 'fr' ? /charte renouvelée/ : /renewed charter/);
    const names = items.map((li) => li.querySelector('.platform-name')!.textContent!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, lang)));
  });
});

describe('CommitmentsSummary', () => {
  it.each([
    ['fr', 'Ce à quoi la charte engage les plateformes', 'Ce n’est pas un appel au boycott : à vous de choisir, en votre âme et conscience.', 'Détails de la charte'],
    ['en', 'What the charter commits platforms to', 'This is not a call for a boycott: the choice is yours, in all conscience.', 'Charter details'],
  ] as const)('gives the three axes in one sentence each, and no boycott call (%s)', (lang, heading, noBoycott, details) => {
    const onOpenDetails = vi.fn();
    renderIn(lang, <CommitmentsSummary axes={AXES} onOpenDetails={onOpenDetails} />);
    const region = screen.getByRole('region', { name: heading });
    const axes = within(region).getAllByRole('listitem');
    expect(axes.map((li) => li.dataset.axis)).toEqual(['formalisation', 'exchange', 'counterfeits']);
    for (const [i, axis] of AXES.entries()) {
      expect(axes[i]!.textContent).toContain(axis.title[lang]);
      expect(axes[i]!.textContent!.trim()).toMatch(/\.$/); // one sentence, ended
      expect(axes[i]!.textContent!.match(/\. /g)).toBeNull();
    }
    expect(within(region).getByText(noBoycott)).toBeTruthy();
    fireEvent.click(within(region).getByRole('button', { name: details }));
    expect(onOpenDetails).toHaveBeenCalledTimes(1);
  });
});
