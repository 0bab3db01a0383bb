import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActiveTab, type ActiveTab } from '@/entrypoints/popup/active-tab';
import { settingsItem } from '@/lib/settings';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { otherContext } from '../../helpers/other-context';
import { App } from '@/entrypoints/popup/app';

// Heavy by nature: renders the whole popup and runs axe-core over it.
// An explicit 30 s (vitest's default is 5 s) so a busy 2-core machine does not time it out.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(() => {
  vi.spyOn(window, 'close').mockImplementation(() => {});
});

async function openTab(url: string | undefined) {
  const win = (await fakeBrowser.windows.create({ focused: true }))!;
  await fakeBrowser.tabs.create({ windowId: win.id, url, active: true });
  return win;
}

/** The popup as main.tsx wires it, on the fake browser. */
async function renderPopup({ url, browserLang = 'fr-FR' }: { url?: string; browserLang?: string } = {}) {
  const win = await openTab(url);
  const store = createSettingsStore();
  bindSettings(store);
  const tab: Promise<ActiveTab> = getActiveTab();
  const view = render(<App store={store} tab={tab} version="1.2.3" browserLang={browserLang} />);
  await screen.findByRole('heading', { level: 1 });
  await tab;
  return { store, view, win };
}

describe('popup', () => {
  it('follows the language stored by the options page, live', async () => {
    await renderPopup({ browserLang: 'en-US' });
    expect(await screen.findByRole('switch', { name: 'Show the badge on product pages' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await act(() => otherContext().getState().update({ language: 'fr' }));
    expect(await screen.findByRole('switch', { name: 'Afficher le badge sur les pages produit' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  it('writes the switch to storage, where the other contexts read it', async () => {
    await renderPopup();
    const badge = otherContext();
    fireEvent.click(screen.getByRole('switch', { name: /badge/ }));
    await waitFor(() => expect(badge.getState().settings.enabled).toBe(false));
    expect((screen.getByRole('switch', { name: /badge/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows a change made elsewhere without reopening', async () => {
    await renderPopup();
    const panel = otherContext();
    await act(() => panel.getState().update({ hiddenSites: ['amazon.fr'], enabled: false }));
    await waitFor(() => expect((screen.getByRole('switch', { name: /badge/ }) as HTMLInputElement).checked).toBe(false));
  });

  it('speaks of the active tab’s platform and hides the badge on that site', async () => {
    await renderPopup({ url: 'https://www.amazon.fr/dp/B08L5VNF78' });
    const site = await screen.findByRole('region', { name: 'Sur cet onglet' });
    await within(site).findByText('Amazon');
    const here = screen.getByRole('switch', { name: 'Afficher sur amazon.fr' }) as HTMLInputElement;
    expect(here.checked).toBe(true);
    fireEvent.click(here);
    await waitFor(async () => expect((await settingsItem().getValue()).hiddenSites).toEqual(['amazon.fr']));
    expect(here.checked).toBe(false);
    // Shown as hidden, and one click shows it again.
    expect(await screen.findByText('Le badge est masqué sur amazon.fr.')).toBeTruthy();
    fireEvent.click(here);
    await waitFor(async () => expect((await settingsItem().getValue()).hiddenSites).toEqual([]));
    expect(here.checked).toBe(true);
  });

  it('says a site is not tracked when the tab has no readable URL', async () => {
    await renderPopup({ url: undefined });
    expect(await screen.findByText('Ce site n’est pas une place de marché suivie')).toBeTruthy();
    expect(screen.queryByRole('switch', { name: /^Afficher sur/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Signaler une erreur de détection' })).toBeNull();
  });

  it('says so when a setting cannot be saved', async () => {
    const { store } = await renderPopup();
    vi.spyOn(store.getState(), 'update').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    fireEvent.click(screen.getByRole('switch', { name: /badge/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Le réglage n’a pas pu être enregistré.');
  });

  it('opens the side panel from the click itself, in the popup’s window', async () => {
    const { win } = await renderPopup({ url: 'https://www.amazon.fr/dp/B08L5VNF78' });
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Détails de la charte' })).toBeTruthy());
    await new Promise((r) => setTimeout(r, 0)); // windows.getCurrent() has answered
    fireEvent.click(screen.getByRole('button', { name: 'Détails de la charte' }));
    expect(open).toHaveBeenCalledWith({ windowId: win.id }); // synchronously: nothing awaited first
    expect(window.close).toHaveBeenCalled();
  });

  it('opens the charter in a tab where there is no side panel', async () => {
    await renderPopup({ url: 'https://www.amazon.fr/dp/B08L5VNF78' });
    const sidePanel = Object.getOwnPropertyDescriptor(fakeBrowser, 'sidePanel');
    Object.defineProperty(fakeBrowser, 'sidePanel', { value: undefined, configurable: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Détails de la charte' }));
      expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html\?platform=amazon$/) });
    } finally {
      Object.defineProperty(fakeBrowser, 'sidePanel', sidePanel!);
    }
  });

  it('a marketplace of the list asks the side panel for its entry, and opens the panel', async () => {
    const { win } = await renderPopup();
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await new Promise((r) => setTimeout(r, 0)); // windows.getCurrent() has answered
    fireEvent.click(await screen.findByRole('button', { name: /^Vinted/ }));
    expect(open).toHaveBeenCalledWith({ windowId: win.id });
    await waitFor(async () => expect((await fakeBrowser.storage.session.get('panelEntry')).panelEntry).toMatchObject({ platform: 'vinted' }));
    expect(window.close).toHaveBeenCalled();
  });

  it('opens the options page from « Réglages »', async () => {
    await renderPopup();
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const link = screen.getByRole('link', { name: /Réglages/ });
    expect(link.getAttribute('href')).toBe('options.html');
    fireEvent.click(link);
    expect(openOptions).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(window.close).toHaveBeenCalled());
  });

  it('offers the report for a tracked page only', async () => {
    await renderPopup({ url: 'https://www.amazon.fr/dp/B08L5VNF78' });
    await screen.findByText('Amazon');
    // A view of its own: the main view gives way to it, and Back brings it back.
    fireEvent.click(screen.getByRole('button', { name: 'Signaler une erreur de détection' }));
    expect(document.querySelector<HTMLTextAreaElement>('.report-view textarea')!.value).toContain('www.amazon.fr/dp/B08L5VNF78');
    expect(screen.queryByRole('region', { name: 'Sur cet onglet' })).toBeNull();
    expect(document.activeElement?.textContent).toContain('Retour');
    fireEvent.click(screen.getByRole('button', { name: 'Retour' }));
    expect(await screen.findByRole('region', { name: 'Sur cet onglet' })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Signaler une erreur de détection');
  });

  it('links to the privacy section of the charter page', async () => {
    await renderPopup();
    const link = screen.getByRole('link', { name: 'Confidentialité' });
    expect(link.getAttribute('href')).toBe('sidepanel.html#privacy');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});

describe('popup accessibility', () => {
  it.each([
    ['fr-FR', 'https://www.amazon.fr/dp/B08L5VNF78'],
    ['en-GB', undefined],
  ])('has no axe violations (%s, %s)', async (browserLang, url) => {
    const { default: axe } = await import('axe-core');
    const { view } = await renderPopup({ url, browserLang });
    await screen.findByRole('region', { name: browserLang === 'fr-FR' ? 'Sur cet onglet' : 'On this tab' });
    // Layout-dependent rules need a real renderer; the e2e test covers the page in Chromium.
    const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    // Keyboard: every control is native and in the tab order; nothing forces its own order.
    expect(view.container.querySelectorAll('[tabindex]:not([tabindex="-1"])')).toHaveLength(0);
  });
});
