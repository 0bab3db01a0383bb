import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRODUCT, LISTING, start, hosts, mounted, pause, navigate, sent, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('reportPageState', () => {
  it('reports the page state for the toolbar', async () => {
    start(PRODUCT);
    await mounted();
    expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: true } });
  });

  it('mounts nothing on a listing page, and still tells the toolbar the platform', async () => {
    start(LISTING, '<main>results</main>');
    await waitFor(() => expect(sent).toContainEqual({ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: false } }));
    await pause();
    expect(hosts()).toHaveLength(0);
  });

  it('handles a burst of navigations once, and tells the background only when the page state changes', async () => {
    start(PRODUCT);
    await mounted();
    sent.length = 0;
    for (let i = 0; i < 500; i++) navigate(`https://www.amazon.fr/dp/B0${String(i).padStart(8, '0')}`);
    await pause(250);
    // Product to product: nothing changed for the toolbar.
    expect(sent).toEqual([]);
    for (let i = 0; i < 500; i++) navigate(i % 2 ? LISTING : PRODUCT);
    navigate(LISTING);
    await pause(250);
    expect(sent).toEqual([{ type: 'page/state', state: { platform: 'amazon', status: 'renewal-signatory', isProductPage: false } }]);
    expect(hosts()).toHaveLength(0);
  });

  it('re-reports the page when it comes back from the back/forward cache', async () => {
    start(PRODUCT);
    await mounted();
    sent.length = 0;
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true })); // PageTransitionEvent
    await waitFor(() => expect(sent).toContainEqual(expect.objectContaining({ type: 'page/state' })));
    expect(hosts()).toHaveLength(1);
  });

  it('keeps every failure of the extension’s messaging from the page: a throw, a rejection, an orphaned script', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementationOnce(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    start(PRODUCT);
    await mounted();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    navigate(LISTING);
    await waitFor(() => expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalled());
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockClear();
    fakeBrowser.runtime.id = undefined as unknown as string; // what Chrome does to an orphan
    navigate(PRODUCT);
    await pause();
    expect(send).not.toHaveBeenCalled();
  });
});
