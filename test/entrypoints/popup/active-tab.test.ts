import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActiveTab } from '@/entrypoints/popup/active-tab';
import { siteOfUrl } from '@/lib/tab-site';

async function openTab(url: string | undefined) {
  const win = (await fakeBrowser.windows.create({ focused: true }))!;
  const tab = await fakeBrowser.tabs.create({ windowId: win.id, url, active: true });
  return { win, tab };
}

describe('getActiveTab', () => {
  it('reads the active tab of the current window, with its URL where host permissions give it', async () => {
    const { win } = await openTab('https://www.amazon.fr/dp/B08L5VNF78');
    expect(await getActiveTab()).toEqual({ windowId: win.id, url: 'https://www.amazon.fr/dp/B08L5VNF78' });
  });

  it('has no URL for a page outside the host permissions, which reads as not tracked', async () => {
    await openTab(undefined);
    const tab = await getActiveTab();
    expect(tab.url).toBeUndefined();
    expect(siteOfUrl(tab.url)).toBeNull();
  });

  it('reads a named tab instead (popup.html?tab=<id> in e2e tests)', async () => {
    const { tab } = await openTab('https://www.fnac.com/a123/x');
    await openTab('https://example.org/');
    expect((await getActiveTab(tab.id)).url).toBe('https://www.fnac.com/a123/x');
  });

  it('never throws', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no tabs API'));
    expect(await getActiveTab()).toEqual({});
    expect(await getActiveTab(999)).toEqual({ windowId: undefined, url: undefined });
  });
});
