import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ID, setupContextMenu } from '@/entrypoints/background/context-menu';
import { HOST_PATTERNS } from '@/lib/detect/hosts';
import { settingsItem } from '@/lib/settings';
import { typesetFrench as fr } from '@/lib/text';
import { backgroundSettings } from '../../helpers/background-settings';

type ClickListener = (info: { menuItemId: string | number; pageUrl?: string }, tab?: { id?: number; url?: string }) => void;

// fake-browser 2.0.1 does not implement contextMenus: record what the code asks of it.
function stubMenus() {
  const clicks: ClickListener[] = [];
  const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => MENU_ID);
  const removeAll = vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
  const update = vi.spyOn(fakeBrowser.contextMenus, 'update').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((l) => void clicks.push(l as never));
  const click: ClickListener = (info, tab) => clicks.forEach((l) => l(info, tab));
  return { create, removeAll, update, click };
}

const AMAZON = 'https://www.amazon.fr/dp/B08L5VNF78';

describe('context menu', () => {
  beforeEach(() => {
    // A French browser: "auto" then means French, so an English title can only come from the setting.
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
  });
  afterEach(() => {
    delete (fakeBrowser as { sidebarAction?: unknown }).sidebarAction;
  });

  it('creates one item, on listed marketplaces only, when installed', async () => {
    const menus = stubMenus();
    setupContextMenu(backgroundSettings());
    expect(menus.create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(1));
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
    const props = menus.create.mock.calls[0]![0];
    expect(props).toMatchObject({ id: MENU_ID, title: fr('Charte PME : détails de la charte') });
    expect(props.documentUrlPatterns).toEqual([...HOST_PATTERNS]);
    expect(props.documentUrlPatterns).toContain('*://*.amazon.fr/*');
  });

  it('creates the item again when the browser starts (Firefox does not keep it)', async () => {
    const menus = stubMenus();
    setupContextMenu(backgroundSettings());
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(1));
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
  });

  it('titles the item in the language chosen in the settings', async () => {
    await settingsItem().setValue({ ...(await settingsItem().getValue()), language: 'en' });
    const menus = stubMenus();
    setupContextMenu(backgroundSettings());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(1));
    expect(menus.create.mock.calls[0]![0].title).toBe('Charte PME: charter details');
  });

  it('retitles the item when the language setting changes', async () => {
    const menus = stubMenus();
    setupContextMenu(backgroundSettings());
    await settingsItem().setValue({ ...(await settingsItem().getValue()), language: 'en' });
    await vi.waitFor(() => expect(menus.update).toHaveBeenCalledWith(MENU_ID, { title: 'Charte PME: charter details' }));
  });

  it('opens the Chrome side panel for the tab, synchronously inside the click', () => {
    const menus = stubMenus();
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    setupContextMenu(backgroundSettings());
    menus.click({ menuItemId: MENU_ID, pageUrl: AMAZON }, { id: 7 });
    // No await between the click and open(): Chrome would drop the user gesture.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
  });

  it('opens the Firefox sidebar synchronously inside the click', () => {
    const menus = stubMenus();
    const sidebarOpen = vi.fn(() => Promise.resolve());
    (fakeBrowser as { sidebarAction?: unknown }).sidebarAction = { open: sidebarOpen };
    const sidePanelOpen = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    setupContextMenu(backgroundSettings());
    menus.click({ menuItemId: MENU_ID, pageUrl: AMAZON }, { id: 7 });
    expect(sidebarOpen).toHaveBeenCalledTimes(1);
    expect(sidePanelOpen).not.toHaveBeenCalled();
  });

  it('falls back to the panel page in a tab, marking the platform, where no panel exists', async () => {
    const menus = stubMenus();
    const sidePanel = fakeBrowser.sidePanel;
    (fakeBrowser as { sidePanel?: unknown }).sidePanel = undefined;
    try {
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      setupContextMenu(backgroundSettings());
      menus.click({ menuItemId: MENU_ID, pageUrl: AMAZON }, { id: 7 });
      expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html\?platform=amazon$/) });
    } finally {
      (fakeBrowser as { sidePanel?: unknown }).sidePanel = sidePanel;
    }
  });

  it('ignores clicks on other menu items', () => {
    const menus = stubMenus();
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    setupContextMenu(backgroundSettings());
    menus.click({ menuItemId: 'someone-else', pageUrl: AMAZON }, { id: 7 });
    expect(open).not.toHaveBeenCalled();
  });
});
