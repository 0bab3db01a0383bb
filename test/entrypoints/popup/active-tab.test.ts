import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActiveTab } from '@/entrypoints/popup/active-tab';
import { siteOfUrl, tabIdFromQuery } from '@/lib/tab-site';

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

describe('siteOfUrl', () => {
  it.each([
    ['https://www.amazon.fr/dp/B08L5VNF78', 'amazon', 'amazon.fr'],
    ['https://www.cdiscount.com/', 'cdiscount', 'cdiscount.com'],
    ['https://m.ebay.fr/itm/1', 'ebay', 'm.ebay.fr'],
  ])('%s is %s, hidden under %s', (url, platform, site) => {
    expect(siteOfUrl(url)).toMatchObject({ platform: { id: platform }, site });
  });

  it.each([undefined, '', 'not a url', 'https://example.org/', 'https://amazon.fr.evil.example/dp/B08L5VNF78', 'chrome://newtab/'])(
    '%s is not a tracked marketplace',
    (url) => expect(siteOfUrl(url)).toBeNull(),
  );
});

describe('tabIdFromQuery', () => {
  it.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-1', undefined],
    ['?tab=1e3', undefined],
    ['?tab=abc', undefined],
  ])('%s → %s', (search, id) => expect(tabIdFromQuery(search)).toBe(id));
});
