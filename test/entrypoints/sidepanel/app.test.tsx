import { act, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CONTEXT, SOURCE_IDS, TIMELINE, usedSourceIds } from '@/data/charter';
import type { TabPlatform as CurrentPlatform } from '@/lib/tab-site';
import { PLATFORMS } from '@/data/platforms';
import { settingsItem } from '@/lib/settings';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { App, type AppProps } from '@/entrypoints/sidepanel/app';
import { SECTIONS } from '@/entrypoints/sidepanel/sections';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ');

async function renderApp(props: Partial<AppProps> = {}) {
  const store = createSettingsStore();
  bindSettings(store);
  await vi.waitFor(() => expect(store.getState().hasHydrated).toBe(true));
  return render(<App store={store} browserLang="fr-FR" deepLink={null} {...props} />);
}

/** A stand-in for watchCurrentPlatform that the test drives by hand. */
function fakeWatch() {
  const handle = {
    push: undefined as ((p: CurrentPlatform, url?: string) => void) | undefined,
    stop: vi.fn(),
    watch: vi.fn((onChange: (p: CurrentPlatform, url?: string) => void) => {
      handle.push = onChange;
      return handle.stop;
    }),
    set: (p: CurrentPlatform) => act(() => handle.push!(p)),
  };
  return handle;
}

const current = () => [...document.querySelectorAll('[aria-current="true"]')].map((el) => (el as HTMLElement).dataset.platform);

// The whole panel renders in happy-dom for each test: slow on a shared machine, hence the timeout.
describe('side panel app', { timeout: 20_000 }, () => {
  it('has landmarks, one h1, a contents list and one h2 per section', async () => {
    await renderApp();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const toc = screen.getByRole('navigation', { name: 'Sommaire' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(SECTIONS.map((s) => `#${s.id}`));
    for (const s of SECTIONS) {
      const section = document.getElementById(s.id)!;
      expect(section.tagName).toBe('SECTION');
      const h2 = section.querySelector('h2')!;
      expect(section.getAttribute('aria-labelledby')).toBe(h2.id);
    }
    expect(screen.getByRole('link', { name: 'Aller au contenu' }).getAttribute('href')).toBe('#content');
    // Headings in order: none skips a level on the way down.
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i}`).toBeLessThanOrEqual(1));
  });

  it('shows every explainer, timeline event and platform from the data', async () => {
    await renderApp();
    for (const item of CONTEXT) expect(document.querySelector(`[data-context="${item.id}"]`), item.id).toBeTruthy();
    expect(document.querySelectorAll('.timeline > li')).toHaveLength(TIMELINE.length);
    expect(document.querySelectorAll('li.platform')).toHaveLength(PLATFORMS.length);
  });

  it('lists every cited source in the sources section, and only those', async () => {
    await renderApp();
    const listed = [...document.querySelectorAll('#sources li[id^="source-"]')].map((li) => li.id.replace(/^source-/, ''));
    const used = usedSourceIds();
    expect(listed).toEqual(SOURCE_IDS.filter((id) => used.has(id)));
    // A personal statement kept out of the product (brief F8): not cited, so not listed.
    expect(listed).not.toContain('huffpost');
  });

  it('speaks the language chosen in the settings', async () => {
    await settingsItem().setValue({ ...(await settingsItem().getValue()), language: 'en' });
    await renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The charter in detail');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Charte PME: the e-commerce charter');
  });

  it('marks, expands, scrolls to and focuses the deep-linked platform, and does not follow the tab', async () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const { watch } = fakeWatch();
    await renderApp({ deepLink: 'amazon', watchCurrent: watch });
    expect(current()).toEqual(['amazon']);
    const amazon = document.getElementById('platform-amazon')!;
    expect(amazon.querySelector('details')!.open).toBe(true);
    expect(amazon.querySelectorAll('.source-links').length).toBeGreaterThan(0);
    expect(scroll.mock.contexts[0]).toBe(amazon);
    expect(document.activeElement).toBe(amazon);
    expect(watch).not.toHaveBeenCalled();
    expect(text(screen.getByRole('banner'))).not.toContain('onglet actif');
  });

  it('follows the active tab: marks its platform and says so at the top', async () => {
    const tab = fakeWatch();
    const view = await renderApp({ watchCurrent: tab.watch });
    expect(current()).toEqual([]);
    tab.set('fnac');
    expect(current()).toEqual(['fnac']);
    const banner = screen.getByRole('banner');
    expect(text(banner)).toContain('Sur l’onglet actif : Fnac');
    const details = within(banner).getByRole('link', { name: 'Voir la fiche de Fnac' });
    expect(details.getAttribute('href')).toBe('#platform-fnac');
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    act(() => details.click());
    expect(document.querySelector<HTMLDetailsElement>('#platform-fnac > details')!.open).toBe(true);
    tab.set(null);
    expect(current()).toEqual([]);
    expect(text(banner)).not.toContain('onglet actif');
    view.unmount();
    expect(tab.stop).toHaveBeenCalled();
  });

  it('scrolls to the fragment it was opened with and unfolds it (the popup links to #privacy)', async () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    await renderApp({ hash: '#privacy' });
    const privacy = document.getElementById('privacy')!;
    expect(scroll.mock.contexts[0]).toBe(privacy);
    expect((privacy.querySelector('details.more') as HTMLDetailsElement).open).toBe(true);
  });

  it('folds each section after its lead, which keeps the essentials in view', async () => {
    await renderApp();
    for (const s of SECTIONS) {
      const fold = document.querySelector(`#${s.id} > details.more`) as HTMLDetailsElement | null;
      expect(fold, s.id).toBeTruthy();
      expect(fold!.open).toBe(false);
    }
    // Unfolded: the platform list, the scope line, the no-boycott line, "nothing leaves".
    const unfolded = (id: string) => text(document.getElementById(id)).replace(text(document.querySelector(`#${id} > details.more`)), '');
    expect(document.querySelectorAll('#platforms > ul.platform-list > li, #platforms ul.platform-list > li').length).toBe(PLATFORMS.length);
    expect(document.querySelector('#platforms > details.more ul.platform-list')).toBeNull();
    expect(unfolded('for-you')).toContain('concerne la plateforme, pas le vendeur');
    expect(unfolded('for-you')).toContain('en votre âme et conscience');
    expect(unfolded('privacy')).toContain('Aucune donnée ne quitte votre navigateur');
  });

  it('shows the minister’s sentence with Amazon’s refusal, not under « À vous de choisir » (brief §7)', async () => {
    await renderApp();
    expect(document.querySelector('#for-you figure.quote, #for-you blockquote')).toBeNull();
    const quotes = document.querySelectorAll('figure.quote');
    expect(quotes).toHaveLength(1);
    const declined = document.querySelector('#platforms [data-context="declined-2019"]')!;
    expect(declined.compareDocumentPosition(quotes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(quotes[0]!.closest('section')?.id).toBe('platforms');
  });

  it('links to the settings page', async () => {
    await renderApp();
    expect(screen.getByRole('link', { name: 'Réglages' }).getAttribute('href')).toBe('options.html');
  });

  it('shows the entry the popup asks for, expanded and in view, as often as asked', async () => {
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    let request: ((id: string) => void) | undefined;
    await renderApp({ watchEntryRequests: (on) => ((request = on), () => {}) });
    act(() => request!('temu'));
    const temu = document.getElementById('platform-temu')!;
    expect(temu.querySelector('details')!.open).toBe(true);
    expect(scroll.mock.contexts.at(-1)).toBe(temu);
    // Folded by the reader, asked again: open again.
    temu.querySelector('details')!.open = false;
    temu.querySelector('details')!.dispatchEvent(new Event('toggle'));
    act(() => request!('temu'));
    expect(temu.querySelector('details')!.open).toBe(true);
    // An unknown id is ignored.
    act(() => request!('nope'));
  });

  it('gives the active tab’s page to its platform’s entry: why, in plain words', async () => {
    const tab = fakeWatch();
    await renderApp({ watchCurrent: tab.watch });
    await act(() => tab.push!('amazon', 'https://www.amazon.fr/dp/B08L5VNF78'));
    expect(text(document.querySelector('#platform-amazon details.why'))).toContain('ressemble à une fiche produit Amazon');
  });
});
