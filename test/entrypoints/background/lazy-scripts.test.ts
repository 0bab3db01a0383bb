import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LAZY_SCRIPTS, setupLazyScriptLoader } from '@/entrypoints/background/lazy-scripts';

const PLATFORM_PAGE = 'https://www.amazon.fr/dp/B08L5VNF78';
/** A message from a tab's content script, as the browser describes its sender. */
const fromTab = (patch: object = {}) => ({ id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0, url: PLATFORM_PAGE, ...patch });
/** Sends `message` as `sender` would, and resolves with the background's answer. */
const ask = (message: unknown, sender: object) =>
  new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve);
  });

describe('the lazily loaded badge scripts (the card, the corner code)', () => {
  let inject: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    inject = vi.fn().mockResolvedValue([]);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(inject as never);
    setupLazyScriptLoader();
  });

  it.each([
    ['card/load', '/badge-card.js'],
    ['corner/load', '/badge-corner.js'],
  ] as const)('answers %s by injecting %s into the top frame of the asking tab', async (type, file) => {
    expect(LAZY_SCRIPTS[type]).toBe(file);
    await expect(ask({ type }, fromTab())).resolves.toEqual({ ok: true });
    // At once, not when the page is idle: a pill waits hidden in its corner meanwhile.
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: [file], injectImmediately: true });
  });

  it.each(['card/load', 'corner/load'])('refuses %s from another extension, a frame, a page that is no platform, or no tab', async (type) => {
    for (const sender of [fromTab({ id: 'another-extension' }), fromTab({ frameId: 3 }), fromTab({ url: 'https://example.org/' }), fromTab({ tab: undefined })]) {
      await expect(ask({ type }, sender)).resolves.toEqual({ ok: false });
    }
    expect(inject).not.toHaveBeenCalled();
  });

  it('says so when the injection fails (the tab went elsewhere, the browser refused)', async () => {
    inject.mockRejectedValue(new Error('Cannot access contents of the page'));
    await expect(ask({ type: 'corner/load' }, fromTab())).resolves.toEqual({ ok: false });
  });

  it('leaves other messages to their listeners', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/toggle' }, fromTab() as never, () => undefined);
    expect(inject).not.toHaveBeenCalled();
  });
});
