import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { findPillForCard } from '@/lib/badge/page/pill-for-card';
import { PRODUCT, start, hosts, host, inShadow, pill, mounted, setSettings, pause, sent, useBadgePage } from '../../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

/** From this removal on, the badge settles in a corner and comes back after a pause of at most a second. */
const SETTLE_AFTER_REMOVALS = 3;
const BACKOFF_MAX_MS = 1000;

describe('mountSurface', () => {
  it('mounts exactly one badge with the contract attributes', async () => {
    start(PRODUCT);
    await mounted();
    // Under the product title by default, where the platform names it and the page has it.
    expect(host().dataset).toMatchObject({ platform: 'amazon', status: 'renewal-signatory', position: 'inline' });
    expect(document.getElementById('productTitle')!.nextElementSibling).toBe(host());
    // The card is not there until asked for.
    expect(inShadow('.card')).toBeNull();
    expect(sent).not.toContainEqual({ type: 'card/load' });
  });

  it('removes a badge left by an older copy of the script before mounting its own', async () => {
    document.documentElement.append(document.createElement('charte-pme-badge'));
    start(PRODUCT);
    await waitFor(() => expect(host().dataset.platform).toBe('amazon'));
  });

  it('removes a badge an older copy left beside the product title, where inline badges go', async () => {
    start(PRODUCT, '<main><h1 id="productTitle">Bouilloire</h1><div data-charte-pme=""></div><p>Prix</p></main>');
    await waitFor(() => expect(host().dataset.platform).toBe('amazon'));
    expect(host().previousElementSibling?.id).toBe('productTitle');
    expect(host().nextElementSibling?.tagName).toBe('P');
  });

  it('puts the badge after the product title when the position is inline', async () => {
    await setSettings({ position: 'inline' });
    start(PRODUCT);
    await mounted();
    expect(host().dataset.position).toBe('inline');
    expect(host().previousElementSibling?.id).toBe('productTitle');
  });

  it.each(['<div id="__next">', '<div data-reactroot="">', '<div id="__nuxt">', '<app-root ng-version="17.0.0">'])(
    'takes a corner when the title is inside an app that hydrates (%s): a node of ours there would break it',
    async (root) => {
      const tag = root.slice(1, root.search(/[ >]/));
      start(PRODUCT, `${root}<main><h1 id="productTitle">Bouilloire</h1></main></${tag}>`);
      await mounted();
      expect(host().dataset.position).toBe('bottom-right');
      expect(host().parentElement).toBe(document.documentElement);
    },
  );

  it('moves an inline badge to a corner when its box is still empty after the next paint (a hidden anchor)', async () => {
    // happy-dom lays nothing out: every box is empty, as under a hidden parent.
    start(PRODUCT);
    await mounted();
    await waitFor(() => expect(host().dataset.position).toBe('bottom-right'));
    expect(host().parentElement).toBe(document.documentElement);
  });

  it('keeps an inline badge that has a box after the next paint where it is', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 160, height: 24 } as DOMRect);
    start(PRODUCT);
    await mounted();
    await pause(100);
    expect(host().dataset.position).toBe('inline');
    expect(document.getElementById('productTitle')!.nextElementSibling).toBe(host());
  });

  it('falls back to a corner when the inline anchor is missing', async () => {
    await setSettings({ position: 'inline' });
    start(PRODUCT, '<main>no title here</main>');
    await mounted();
    expect(host().dataset.position).toBe('bottom-right');
  });

  it('opens the card on arrival when the setting says so', async () => {
    await setSettings({ openByDefault: true });
    start(PRODUCT);
    await mounted();
    await waitFor(() => expect(inShadow('.card')).not.toBeNull());
    expect(pill().getAttribute('aria-expanded')).toBe('true');
  });
});

describe('what the first mount publishes for the card', () => {
  it('is plain data and functions (no getter runs when the card reads it), around the pill’s own root and slot', async () => {
    start(PRODUCT);
    await mounted();
    const published = findPillForCard()!;
    for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(published))) expect(descriptor.get, key).toBeUndefined();
    expect(published).toMatchObject({ platformId: 'amazon', hostname: 'www.amazon.fr', isCardLoaded: false });
    expect(published.root).toBe(host().shadowRoot);
    expect(published.slot.parentNode?.parentNode).toBe(host().shadowRoot);
    expect(published.slot.className).toBe('slot');
    expect(published.isValid()).toBe(true);
  });
});

describe('the page removing the badge', () => {
  it.each(['inline', 'bottom-right'] as const)('mounts the badge again whenever the page removes it: at once, then settled in a corner after a pause (%s)', async (position) => {
    await setSettings({ position });
    start(PRODUCT);
    await mounted();
    for (let i = 1; i < SETTLE_AFTER_REMOVALS; i++) {
      expect(host().dataset.position).toBe(position);
      host().remove();
      await mounted();
    }
    for (let i = 0; i < 4; i++) {
      hosts()[0]!.remove();
      await waitFor(() => expect(hosts()).toHaveLength(1), { timeout: BACKOFF_MAX_MS + 500 });
      // Settled: a child of <html>, in a corner, where a page re-rendering its content does not reach.
      expect(host().dataset.position).toBe('bottom-right');
      expect(host().parentElement).toBe(document.documentElement);
    }
  });

  // The page removes the badge the moment it settles in a corner, before the after-paint look at
  // that corner: the look finds no host. When the badge comes back to that corner, it must get
  // the look it missed, or it stays hidden as if every corner were taken (a race CI once hit).
  it('a settled badge removed before its corner was looked at is looked at when it comes back, never left hidden', async () => {
    await setSettings({ position: 'inline' });
    start(PRODUCT);
    await mounted();
    for (let i = 1; i < SETTLE_AFTER_REMOVALS; i++) {
      host().remove();
      await mounted();
    }
    let removedInCorner = 0;
    const remover = new MutationObserver(() => {
      const corner = hosts().find((h) => h.parentElement === document.documentElement);
      if (corner && removedInCorner === 0) {
        removedInCorner++;
        corner.remove();
      }
    });
    remover.observe(document.documentElement, { childList: true });
    host().remove();
    await waitFor(() => expect(removedInCorner).toBe(1));
    await waitFor(() => expect(hosts()).toHaveLength(1), { timeout: BACKOFF_MAX_MS + 500 });
    remover.disconnect();
    expect(host().dataset.position).toBe('bottom-right');
    await waitFor(() => expect(inShadow('.waiting')).toBeNull(), { timeout: 1500 });
  });
});
