import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findPillForCard } from '@/lib/badge/page/pill-for-card';
import { PRODUCT, LISTING, start, hosts, host, mounted, openCard, pause, navigate, context, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

describe('page views', () => {
  it('gives each page view a signal of its own: a navigation ends the last one, and so does the end of the script', async () => {
    start(PRODUCT);
    await mounted();
    const first = findPillForCard()!.pageViewSignal();
    expect(first.aborted).toBe(false);
    navigate('https://www.amazon.fr/Autre/dp/B000000002');
    await waitFor(() => expect(first.aborted).toBe(true));
    const second = findPillForCard()!.pageViewSignal();
    expect(second).not.toBe(first);
    expect(second.aborted).toBe(false);
    context().notifyInvalidated();
    expect(second.aborted).toBe(true);
  });

  it('keeps exactly one badge across 20 in-page navigations between products and a listing', async () => {
    start(PRODUCT);
    await mounted();
    for (let i = 0; i < 20; i++) {
      navigate(i % 2 ? `https://www.amazon.fr/dp/B0${String(i).padStart(8, '0')}` : LISTING);
      await waitFor(() => expect(hosts()).toHaveLength(i % 2 ? 1 : 0));
    }
    expect(hosts()).toHaveLength(1);
  });

  it('mounts when product signals arrive late on an ambiguous URL', async () => {
    start('https://www.darty.com/nav/achat/hifi/casque/sony_wh1000.html', '<main>loading…</main>');
    await pause();
    expect(hosts()).toHaveLength(0);
    document.querySelector('main')!.innerHTML = '<div class="product_head"><h1>Sony</h1></div>';
    await waitFor(() => expect(host().dataset.platform).toBe('darty'), { timeout: 2000 });
  });

  it('stops watching for late product signals when the page view ends', async () => {
    start('https://www.darty.com/nav/achat/hifi/casque/sony_wh1000.html', '<main>loading…</main>');
    await pause();
    expect(hosts()).toHaveLength(0);
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    navigate('https://www.darty.com/');
    // The only observer on a page without a badge is the late-signal watch's.
    await waitFor(() => expect(disconnect).toHaveBeenCalled());
    document.querySelector('main')!.innerHTML = '<div class="product_head"><h1>Sony</h1></div>';
    await pause(200);
    expect(hosts()).toHaveLength(0);
  });

  const BUY_BOX = '<main><h1 id="productTitle">Bouilloire</h1><div id="buybox"><div id="merchant-info">Expédié et vendu par Amazon.</div></div></main>';


  it('is forgotten on an in-page navigation, host attributes included', async () => {
    start(PRODUCT, BUY_BOX);
    await mounted();
    await openCard();
    await waitFor(() => expect(host().dataset.sellerKind).toBe('platform'));
    navigate('https://www.amazon.fr/dp/B000000002');
    await waitFor(() => expect(host().dataset.sellerKind).toBeUndefined());
    expect(host().dataset.seller).toBeUndefined();
  });
});
