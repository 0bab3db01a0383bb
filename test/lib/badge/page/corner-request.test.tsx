import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findCornerKeeperFactory } from '@/lib/badge/page/corner-for-pill';
import { PRODUCT, start, hosts, host, inShadow, mounted, setSettings, setCornerLoad, cornerRequests, pause, navigate, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

const isWaiting = () => inShadow('.waiting') !== null;

describe('keepCorner: the corner code, loaded when the pill first takes a corner', () => {
  it('asks the background once, keeps the pill hidden until then, and looks at its corner once loaded', async () => {
    await setSettings({ position: 'bottom-right' });
    setCornerLoad('silent');
    start(PRODUCT);
    await mounted();
    expect(host().dataset.position).toBe('bottom-right');
    expect(isWaiting()).toBe(true);
    expect(findCornerKeeperFactory()).toBeUndefined();
    // Mounted again while the load is pending (the page removes it, a new page view): no second request.
    host().remove();
    await mounted();
    navigate(`${PRODUCT}?th=1`);
    await pause();
    expect(isWaiting()).toBe(true);
    expect(cornerRequests.count).toBe(1);
  });

  it('creates the keeper when the corner code has run: the pill keeps clear of what the page floats in its corner', async () => {
    await setSettings({ position: 'bottom-right' });
    start(PRODUCT);
    // happy-dom lays nothing out: a fixed banner is what the page has under the bottom-right corner.
    const banner = document.createElement('div');
    banner.style.position = 'fixed';
    document.body.append(banner);
    vi.spyOn(document, 'elementFromPoint').mockImplementation((x, y) => (x > innerWidth / 2 && y > innerHeight / 2 ? banner : document.body));
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    await mounted();
    await waitFor(() => expect(cornerRequests.count).toBe(1));
    await waitFor(() => expect(isWaiting()).toBe(false));
    expect(findCornerKeeperFactory()).toBeDefined();
    expect(host().dataset.position).toBe('bottom-left');
    // The pill went in its corner before the load's answer: that look waited for no frame.
    expect(frames).not.toHaveBeenCalled();
    // Later corners use the keeper already made: nothing more to load; a pill just moved waits for a frame.
    await setSettings({ position: 'top-left' });
    await waitFor(() => expect(host().dataset.position).toBe('top-left'));
    await waitFor(() => expect(isWaiting()).toBe(false));
    expect(frames).toHaveBeenCalled();
    expect(cornerRequests.count).toBe(1);
  });

  it('shows the pill in its corner, unchecked, when the background refuses to load the corner code', async () => {
    await setSettings({ position: 'top-right' });
    setCornerLoad('refuse');
    start(PRODUCT);
    await mounted();
    await waitFor(() => expect(isWaiting()).toBe(false));
    expect(host().dataset.position).toBe('top-right');
    expect(findCornerKeeperFactory()).toBeUndefined();
    // Mounted again: shown at once, with no new request.
    host().remove();
    await mounted();
    expect(isWaiting()).toBe(false);
    expect(cornerRequests.count).toBe(1);
  });

  it('shows the pill in its corner when the background never answers (after a few seconds)', async () => {
    await setSettings({ position: 'bottom-right' });
    setCornerLoad('silent');
    start(PRODUCT);
    await mounted();
    expect(isWaiting()).toBe(true);
    await waitFor(() => expect(isWaiting()).toBe(false), { timeout: 4500 });
    expect(hosts()).toHaveLength(1);
    expect(cornerRequests.count).toBe(1);
  });

  it('shows the pill at once when it goes inline while the corner code is still loading', async () => {
    // happy-dom lays nothing out: the inline pill is given a box, or it would take a corner again.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 150, height: 32 } as DOMRect);
    await setSettings({ position: 'bottom-right' });
    setCornerLoad('silent');
    start(PRODUCT);
    await mounted();
    expect(isWaiting()).toBe(true);
    await setSettings({ position: 'inline' });
    await waitFor(() => expect(host().dataset.position).toBe('inline'));
    expect(isWaiting()).toBe(false);
    await pause();
    expect(isWaiting()).toBe(false);
  });
});
