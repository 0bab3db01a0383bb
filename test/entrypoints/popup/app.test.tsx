import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActiveTab, type ActiveTab } from '@/entrypoints/popup/active-tab';
import { DEFAULT_SETTINGS, defineSettingsItem, resetSettingsItemForTests, settingsItem } from '@/lib/settings';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { App } from '@/entrypoints/popup/app';

beforeEach(() => {
  resetSettingsItemForTests();
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
  const view = render(<App store={store} tab={tab} browserLang={browserLang} />);
  await screen.findByRole('heading', { level: 1 });
  await tab;
  return { store, view, win };
}

/** Another context (the badge's content script, the side panel) with its own store. */
function otherContext() {
  const item = defineSettingsItem();
  const store = createSettingsStore(item);
  bindSettings(store, item);
  return store;
}

describe('popup', () => {
  it('follows the browser language until a language is chosen, then switches live', async () => {
    await renderPopup({ browserLang: 'en-US' });
    expect(await screen.findByRole('switch', { name: 'Show the badge on product pages' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');

    const select = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    select.value = 'fr';
    // Not fireEvent.change: with preact/compat loaded (zustand) it fires "input", which a <select> keeps as "change".
    fireEvent(select, new Event('change', { bubbles: true }));
    expect(await screen.findByRole('switch', { name: 'Afficher le badge sur les pages produit' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect((await settingsItem().getValue()).language).toBe('fr');
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
    await act(() => panel.getState().update({ position: 'inline', enabled: false }));
    await waitFor(() => expect((screen.getByRole('radio', { name: 'À côté du titre du produit' }) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByRole('switch', { name: /badge/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('speaks of the active tab’s platform and hides the badge on that site', async () => {
    await renderPopup({ url: 'https://www.amazon.fr/dp/B08L5VNF78' });
    const site = await screen.findByRole('region', { name: 'Sur cet onglet' });
    await within(site).findByText('Amazon');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Masquer le badge sur amazon.fr' }));
    const remove = await screen.findByRole('button', { name: 'Retirer amazon.fr' });
    expect((await settingsItem().getValue()).hiddenSites).toEqual(['amazon.fr']);
    fireEvent.click(remove);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retirer amazon.fr' })).toBeNull());
    expect((await settingsItem().getValue()).hiddenSites).toEqual([]);
  });

  it('says a site is not tracked when the tab has no readable URL', async () => {
    await renderPopup({ url: undefined });
    expect(await screen.findByText('Ce site n’est pas une place de marché suivie')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Masquer/ })).toBeNull();
  });

  it('snoozes and resumes through storage', async () => {
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Pause d’une semaine' }));
    expect(await screen.findByText(/^Badge en pause jusqu’au/)).toBeTruthy();
    expect((await settingsItem().getValue()).snoozeUntil).toBeGreaterThan(Date.now() + 6 * 24 * 3600e3);
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre maintenant' }));
    await waitFor(() => expect(screen.queryByText(/^Badge en pause/)).toBeNull());
    expect((await settingsItem().getValue()).snoozeUntil).toBe(0);
  });

  it('resets to the defaults in one click, and undoes the reset', async () => {
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, enabled: false, position: 'top-left', hiddenSites: ['fnac.com'] });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Rétablir les réglages par défaut' }));
    await screen.findByText('Réglages par défaut rétablis.');
    expect(await settingsItem().getValue()).toEqual(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Annuler' })).toBeNull());
    await waitFor(async () =>
      expect(await settingsItem().getValue()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, position: 'top-left', hiddenSites: ['fnac.com'] }),
    );
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
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, hiddenSites: ['fnac.com'], snoozeUntil: Date.now() + 3600e3 });
    const { view } = await renderPopup({ url, browserLang });
    await screen.findByRole('button', { name: /fnac\.com/ });
    // Layout-dependent rules need a real renderer; the e2e test covers the page in Chromium.
    const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    // Keyboard: every control is native and in the tab order; nothing forces its own order.
    expect(view.container.querySelectorAll('[tabindex]:not([tabindex="-1"])')).toHaveLength(0);
  });
});
