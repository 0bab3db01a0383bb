import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SELLER_DEBOUNCE_MS } from '@/lib/badge/seller-watch';
import { sellerOf } from '@/lib/sellers';
import { defaultSettings, resetSettingsItemForTests, settingsItem } from '@/lib/settings';
import { runBadge, stopBadge } from '../../helpers/run-badge';

// The real extractor, counted.
vi.mock('@/lib/sellers', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/sellers')>();
  return { ...original, sellerOf: vi.fn(original.sellerOf) };
});

const PRODUCT = 'https://www.amazon.fr/Connector-Irrigation/dp/B08LNDXM65';
const LISTING = 'https://www.amazon.fr/s?k=raccord';

/** Amazon's buy box as amazon-product-1 has it (trimmed): the seller links to its profile. */
const buyBox = (statement: string) => `
  <div id="desktop_buybox"><div id="buybox">
    <div id="merchant-info" class="a-section a-spacing-mini">${statement}</div>
  </div></div>`;
const SOLD_BY_VELIHOTUBUYE =
  'Expédié et vendu par <a href="/gp/help/seller/at-a-glance.html?seller=ANF71EQKXHQ9Y" id="sellerProfileTriggerId">VELIHOTUBUYE</a>.';
const page = (buyBoxHtml: string) => `<main><h1 id="productTitle">Raccord</h1><div id="rightCol">${buyBoxHtml}</div></main>`;

let ctx: ContentScriptContext;

async function start(url: string, body: string) {
  ctx = await runBadge(url, body);
}

const host = () => document.querySelector<HTMLElement>('charte-pme-badge');
const attrs = () => ({ kind: host()?.getAttribute('data-seller-kind') ?? null, seller: host()?.getAttribute('data-seller') ?? null });
const sellerSection = () => host()?.shadowRoot?.querySelector('.seller') ?? null;
const merchantInfo = () => document.getElementById('merchant-info')!;
const settle = (ms = SELLER_DEBOUNCE_MS + 100) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');
  resetSettingsItemForTests();
  vi.mocked(sellerOf).mockClear();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
});

afterEach(() => stopBadge(ctx));

describe('the seller on the badge host', () => {
  it('carries data-seller-kind and data-seller once the badge is mounted', async () => {
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await waitFor(() => expect(attrs()).toEqual({ kind: 'third-party', seller: 'VELIHOTUBUYE' }));
    expect(host()!.dataset).toMatchObject({ platform: 'amazon', status: 'renewal-signatory' });
  });

  it('says "platform" when Amazon sells the item', async () => {
    await start(PRODUCT, page(buyBox('Expédié et vendu par Amazon.')));
    await waitFor(() => expect(attrs()).toEqual({ kind: 'platform', seller: 'Amazon' }));
  });

  it('says "unknown" with no name, and the card says nothing of the seller', async () => {
    await settingsItem().setValue({ ...defaultSettings(), openByDefault: true });
    await start(PRODUCT, page(buyBox('Actuellement indisponible.')));
    await waitFor(() => expect(attrs()).toEqual({ kind: 'unknown', seller: null }));
    expect(host()!.shadowRoot!.querySelector('.card')).not.toBeNull();
    expect(sellerSection()).toBeNull();
  });

  it('shows the seller line in the opened card', async () => {
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await waitFor(() => expect(attrs().kind).toBe('third-party'));
    fireEvent.click(host()!.shadowRoot!.querySelector('button.pill')!);
    expect(sellerSection()?.textContent).toContain('Vendu par\u00a0: VELIHOTUBUYE (vendeur tiers)');
  });
});

describe('following the page', () => {
  it('updates when the buy box changes (another offer or variant picked)', async () => {
    await settingsItem().setValue({ ...defaultSettings(), openByDefault: true });
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await waitFor(() => expect(attrs().seller).toBe('VELIHOTUBUYE'));
    merchantInfo().querySelector('a')!.textContent = 'Boutique Durand';
    await waitFor(() => expect(attrs()).toEqual({ kind: 'third-party', seller: 'Boutique Durand' }));
    expect(sellerSection()?.textContent).toContain('Boutique Durand (vendeur tiers)');
    merchantInfo().textContent = 'Expédié et vendu par Amazon.';
    await waitFor(() => expect(attrs()).toEqual({ kind: 'platform', seller: 'Amazon' }));
    expect(sellerSection()?.textContent).toContain('Vendu par la plateforme');
  });

  it('finds the buy box again when the page replaces it', async () => {
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await waitFor(() => expect(attrs().seller).toBe('VELIHOTUBUYE'));
    document.getElementById('rightCol')!.innerHTML = buyBox('Expédié et vendu par Amazon.');
    await waitFor(() => expect(attrs().kind).toBe('platform'));
    // The new buy box is the one observed now.
    merchantInfo().innerHTML = SOLD_BY_VELIHOTUBUYE;
    await waitFor(() => expect(attrs().seller).toBe('VELIHOTUBUYE'));
  });

  it('reads again after an in-page navigation to another product, and drops the reading on a listing', async () => {
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await waitFor(() => expect(attrs().seller).toBe('VELIHOTUBUYE'));
    const badgeHost = host()!;
    // The URL alone changes: the page view is new, so the seller is read anew.
    history.pushState({}, '', 'https://www.amazon.fr/dp/B00000001X');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(sellerOf).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(attrs()).toEqual({ kind: 'third-party', seller: 'VELIHOTUBUYE' }));
    // A single-page app swaps the page, then the URL.
    document.body.innerHTML = page(buyBox('Expédié et vendu par Amazon.'));
    history.pushState({}, '', 'https://www.amazon.fr/dp/B00000002X');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(attrs()).toEqual({ kind: 'platform', seller: 'Amazon' }));
    history.pushState({}, '', LISTING);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(host()).toBeNull());
    expect(badgeHost.hasAttribute('data-seller-kind')).toBe(false);
    expect(badgeHost.hasAttribute('data-seller')).toBe(false);
  });

  it('reads nothing while no badge shows (badge turned off), and reads once it shows', async () => {
    await settingsItem().setValue({ ...defaultSettings(), enabled: false });
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await settle();
    expect(host()).toBeNull();
    expect(sellerOf).not.toHaveBeenCalled();
    await settingsItem().setValue({ ...defaultSettings(), enabled: true });
    await waitFor(() => expect(attrs().seller).toBe('VELIHOTUBUYE'));
    expect(sellerOf).toHaveBeenCalledTimes(1);
  });

  it('reads once per burst of changes in the buy box, and not for changes elsewhere', async () => {
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await waitFor(() => expect(attrs().seller).toBe('VELIHOTUBUYE'));
    expect(sellerOf).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) document.querySelector('main')!.append(document.createElement('p'));
    await settle();
    expect(sellerOf).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) merchantInfo().append(` ${i}`);
    await settle();
    expect(sellerOf).toHaveBeenCalledTimes(2);
  });

  it('stops following the buy box with the context', async () => {
    await start(PRODUCT, page(buyBox(SOLD_BY_VELIHOTUBUYE)));
    await waitFor(() => expect(attrs().seller).toBe('VELIHOTUBUYE'));
    const badgeHost = host()!;
    ctx.notifyInvalidated();
    merchantInfo().textContent = 'Expédié et vendu par Amazon.';
    await settle();
    expect(badgeHost.getAttribute('data-seller')).toBe('VELIHOTUBUYE');
  });
});
