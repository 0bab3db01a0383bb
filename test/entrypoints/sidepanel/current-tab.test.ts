import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchTabPlatform } from '@/entrypoints/sidepanel/current-tab';
import type { TabPlatform } from '@/lib/tab-site';

/** The fake has no focused window by default; the panel's window is the focused one. */
async function openWindow(): Promise<number> {
  const win = await fakeBrowser.windows.create({ focused: true });
  return win!.id!;
}

function follow() {
  const seen: TabPlatform[] = [];
  const stop = watchTabPlatform((p) => seen.push(p));
  return { seen, stop, latest: () => seen.at(-1) };
}

describe('watchTabPlatform', () => {
  beforeEach(async () => {
    await openWindow();
  });

  it('reports the platform of the active tab', async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.amazon.fr/dp/B08L5VNF78', active: true });
    const { seen, stop } = follow();
    await vi.waitFor(() => expect(seen).toEqual(['amazon']));
    stop();
  });

  it('gives the address with the platform, and a new address on the same platform is news', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.amazon.fr/dp/B08L5VNF78', active: true });
    const calls: [TabPlatform, string | undefined][] = [];
    const stop = watchTabPlatform((p, url) => calls.push([p, url]));
    await vi.waitFor(() => expect(calls).toEqual([['amazon', 'https://www.amazon.fr/dp/B08L5VNF78']]));
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.amazon.fr/s?k=the' });
    await vi.waitFor(() => expect(calls.at(-1)).toEqual(['amazon', 'https://www.amazon.fr/s?k=the']));
    // Another site's address is never passed on.
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://example.org/private?q=1' });
    await vi.waitFor(() => expect(calls.at(-1)).toEqual([null, undefined]));
    stop();
  });

  it('reports null on a page that is not a listed platform', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.org/', active: true });
    const { seen, stop } = follow();
    await vi.waitFor(() => expect(seen).toEqual([null]));
    stop();
  });

  it('follows tab switches and navigations of the active tab', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://www.amazon.fr/dp/B08L5VNF78', active: true });
    const { latest, stop } = follow();
    await vi.waitFor(() => expect(latest()).toBe('amazon'));

    await fakeBrowser.tabs.create({ url: 'https://www.fnac.com/a17312773/x', active: true });
    await vi.waitFor(() => expect(latest()).toBe('fnac'));

    // Back to the first tab, which then leaves for a site we hold no permission for: no url.
    await fakeBrowser.tabs.update(first.id!, { active: true });
    await vi.waitFor(() => expect(latest()).toBe('amazon'));
    await fakeBrowser.tabs.update(first.id!, { url: undefined });
    await vi.waitFor(() => expect(latest()).toBeNull());
    stop();
  });

  it('ignores changes in tabs that are not active', async () => {
    const background = await fakeBrowser.tabs.create({ url: 'https://example.org/', active: false });
    await fakeBrowser.tabs.create({ url: 'https://www.ebay.fr/itm/265930375786', active: true });
    const { seen, stop } = follow();
    await vi.waitFor(() => expect(seen).toEqual(['ebay']));
    await fakeBrowser.tabs.update(background.id!, { url: 'https://www.temu.com/fr/x-g-606271004607882.html' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['ebay']);
    stop();
  });

  it('ignores the active tab of another window', async () => {
    await fakeBrowser.tabs.create({ url: 'https://www.amazon.fr/dp/B08L5VNF78', active: true });
    const { seen, stop } = follow();
    await vi.waitFor(() => expect(seen).toEqual(['amazon']));
    const other = { id: 99, active: true, windowId: 12345, url: 'https://www.fnac.com/a17312773/x' };
    await fakeBrowser.tabs.onUpdated.trigger(other.id, { url: other.url }, other as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['amazon']);
    stop();
  });

  it('stops calling back once stopped', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.amazon.fr/dp/B08L5VNF78', active: true });
    const { seen, stop } = follow();
    await vi.waitFor(() => expect(seen).toEqual(['amazon']));
    stop();
    await fakeBrowser.tabs.update(tab.id!, { url: 'https://www.fnac.com/a17312773/x' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['amazon']);
  });

  it('degrades to null when the tabs API fails', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no tabs here'));
    const { seen, stop } = follow();
    await vi.waitFor(() => expect(seen).toEqual([null]));
    stop();
  });
});
