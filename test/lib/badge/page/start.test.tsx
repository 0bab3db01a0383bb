import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRODUCT, LISTING, start, hosts, host, mounted, gone, setSettings, pause, toggleFromKeyboard, navigate, sent, context, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('startFirstStage', () => {
  it('does nothing at all on a host that is not a platform', async () => {
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    start('https://www.example.com/dp/B08L5VNF78');
    await pause();
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
    expect(sync).not.toHaveBeenCalled();
  });

  it('goes away with the context (update, disable, re-injection) and stays gone', async () => {
    start(PRODUCT);
    await mounted();
    context().notifyInvalidated();
    await gone();
    sent.length = 0;
    await setSettings({ position: 'top-left' });
    await toggleFromKeyboard();
    navigate(LISTING);
    await pause(200);
    expect(hosts()).toHaveLength(0);
    expect(sent).toEqual([]);
  });
});

describe('injected at document_start', () => {
  const setReadyState = (state: DocumentReadyState) => Object.defineProperty(document, 'readyState', { value: state, configurable: true });
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>).readyState;
  });

  it('starts the settings read in the task right after document_start, but waits for the parsed document to detect and mount', async () => {
    setReadyState('loading');
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    start(PRODUCT);
    // The script's own evaluation holds the parser for the input guard only.
    expect(get).not.toHaveBeenCalled();
    await pause(0);
    expect(get).toHaveBeenCalledTimes(1);
    await pause(100);
    expect(hosts()).toHaveLength(0);
    // A page script can dispatch a fake DOMContentLoaded; it cannot change readyState.
    document.dispatchEvent(new Event('DOMContentLoaded'));
    document.dispatchEvent(new Event('readystatechange'));
    await pause(50);
    expect(hosts()).toHaveLength(0);
    setReadyState('interactive');
    document.dispatchEvent(new Event('readystatechange'));
    await mounted();
    // The prefetched answer is used: no second read.
    expect(get).toHaveBeenCalledTimes(1);
    expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: true } });
  });

  it('on a page parsed before that task runs, reads the settings then, once', async () => {
    setReadyState('loading');
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    start(PRODUCT);
    setReadyState('interactive');
    document.dispatchEvent(new Event('readystatechange'));
    expect(get).toHaveBeenCalledTimes(1);
    await mounted();
    await pause(50);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('reads no settings on a listing page, parsed or not, until the shopper goes to a product page', async () => {
    setReadyState('loading');
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    start(LISTING);
    expect(get).not.toHaveBeenCalled();
    setReadyState('complete');
    document.dispatchEvent(new Event('readystatechange'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: false } }));
    await pause(50);
    expect(get).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
    navigate(PRODUCT);
    await mounted();
    expect(get).toHaveBeenCalledTimes(1);
  });
});
