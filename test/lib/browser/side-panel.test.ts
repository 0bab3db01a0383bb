// Which panel each browser gets: Chrome's side panel, Firefox's sidebar, or, where neither
// exists (Firefox for Android, old Chrome), the side panel page in a tab. The missing APIs are
// simulated on WXT's fake browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentWindowId, openPanelForTab, openPanelFromExtensionPage } from '@/lib/browser/side-panel';

const originals = new Map<string, PropertyDescriptor | undefined>();

/** Replaces (or removes, with undefined) one API namespace of the fake browser for this test. */
function setApi(name: string, value: unknown): void {
  if (!originals.has(name)) originals.set(name, Object.getOwnPropertyDescriptor(fakeBrowser, name));
  Object.defineProperty(fakeBrowser, name, { value, configurable: true, writable: true });
}

afterEach(() => {
  for (const [name, descriptor] of originals) {
    if (descriptor) Object.defineProperty(fakeBrowser, name, descriptor);
    else delete (fakeBrowser as unknown as Record<string, unknown>)[name];
  }
  originals.clear();
});

describe('a phone (Firefox for Android): no sidebar_action, no sidePanel, no windows', () => {
  function asPhone() {
    setApi('sidePanel', undefined);
    setApi('windows', undefined);
    return vi.spyOn(fakeBrowser.tabs, 'create');
  }

  it('from the popup, reports that no panel opened so the caller opens the page in a tab', () => {
    const create = asPhone();
    expect(openPanelFromExtensionPage(undefined)).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  it('from a menu or command, opens the side panel page in a tab, marking the platform', () => {
    const create = asPhone();
    expect(openPanelForTab(7, 'amazon')).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html\?platform=amazon$/) });
  });

  it('has no window id, and says so without throwing', async () => {
    asPhone();
    await expect(currentWindowId()).resolves.toBeUndefined();
  });

  it('treats a sidebarAction without open() as missing', () => {
    const create = asPhone();
    setApi('sidebarAction', {});
    expect(openPanelForTab(undefined)).toBe('tab');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/sidepanel\.html$/) });
  });
});

describe('desktop browsers keep their own panel', () => {
  it('Firefox: the sidebar opens, no tab', () => {
    const open = vi.fn().mockResolvedValue(undefined);
    setApi('sidePanel', undefined);
    setApi('sidebarAction', { open });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(openPanelFromExtensionPage(undefined)).toBe(true);
    expect(openPanelForTab(3, 'fnac')).toBe('sidebar');
    expect(open).toHaveBeenCalledTimes(2);
    expect(create).not.toHaveBeenCalled();
  });

  it('Chrome: the side panel opens for the tab or the window', () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    expect(openPanelForTab(3, 'fnac')).toBe('side-panel');
    expect(openPanelFromExtensionPage(9)).toBe(true);
    expect(open.mock.calls).toEqual([[{ tabId: 3 }], [{ windowId: 9 }]]);
  });

  it('gives the window id of the page', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    await expect(currentWindowId()).resolves.toBe(win.id);
  });
});
