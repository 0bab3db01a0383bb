import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupPanelOpening } from '@/entrypoints/background/panel-opening';
import { FALLBACK_INTERVAL_MS } from '@/lib/browser/side-panel-fallback';

const GESTURE_REFUSAL = new Error('`sidePanel.open()` may only be called in response to a user gesture.');
const fromTab = (id: number) => ({ tab: { id } as never, frameId: 0 });
const send = (message: unknown, sender: object) => fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
const details = (platform = 'amazon') => ({ type: 'panel/open', platform });
/** Lets rejected sidePanel.open() promises run their handlers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** Firefox: a page's click cannot open the sidebar, so the details page always opens in a tab. */
function withoutSidePanel(): () => void {
  const sidePanel = fakeBrowser.sidePanel;
  (fakeBrowser as { sidePanel?: unknown }).sidePanel = undefined;
  return () => void ((fakeBrowser as { sidePanel?: unknown }).sidePanel = sidePanel);
}

describe('"Details" from the badge', () => {
  let create: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    create = vi.spyOn(fakeBrowser.tabs, 'create');
    setupPanelOpening();
  });
  afterEach(() => vi.useRealTimers());

  it('opens Chrome’s side panel for the tab, synchronously in the message listener', () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    void send(details(), fromTab(7));
    // Checked before any await: the click's user gesture only lasts that long.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(create).not.toHaveBeenCalled();
  });

  it('opens the details page in a tab where a page cannot open the sidebar (Firefox)', async () => {
    const restore = withoutSidePanel();
    try {
      await send(details(), fromTab(7));
    } finally {
      restore();
    }
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/sidepanel.html?platform=amazon' });
  });

  it('opens nothing when Chrome refuses the panel for want of a user gesture (a forged click)', async () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(GESTURE_REFUSAL);
    for (let i = 0; i < 10; i++) await send(details(), fromTab(7));
    await settle();
    expect(open).toHaveBeenCalledTimes(10);
    expect(create).not.toHaveBeenCalled();
  });

  it('opens nothing when sidePanel.open throws that refusal at once', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockImplementation(() => {
      throw GESTURE_REFUSAL;
    });
    await send(details(), fromTab(7));
    await settle();
    expect(create).not.toHaveBeenCalled();
  });

  it('falls back to a tab when Chrome refuses the panel for another reason', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(new Error('No active side panel for tabId: 7'));
    await send(details('fnac'), fromTab(7));
    await settle();
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining('sidepanel.html?platform=fnac') });
  });

  it('opens one fallback tab for ten requests in a row from a tab, then one again a few seconds later', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(new Error('No active side panel for tabId: 7'));
    for (let i = 0; i < 10; i++) await send(details(), fromTab(7));
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(FALLBACK_INTERVAL_MS - 1);
    await send(details(), fromTab(7));
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await send(details(), fromTab(7));
    await settle();
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('limits Firefox’s tabs the same way, each sender tab on its own', async () => {
    const restore = withoutSidePanel();
    try {
      for (let i = 0; i < 10; i++) await send(details(), fromTab(7));
      for (let i = 0; i < 10; i++) await send(details(), fromTab(8));
      for (let i = 0; i < 3; i++) await send(details(), {});
    } finally {
      restore();
    }
    expect(create).toHaveBeenCalledTimes(3);
  });

  it.each([
    { type: 'panel/open' },
    { type: 'panel/open', platform: '../options.html' },
    { type: 'panel/open', platform: 'amazon&evil=1' },
    { type: 'badge/toggle' },
  ])('ignores %j', async (message) => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    await send(message, fromTab(7));
    await settle();
    expect(open).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});
