import { waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { followSeller } from '@/lib/badge/card-seller';
import { fakeContext } from '../../helpers/page-context';
import type { BadgeState, PillForCard } from '@/lib/badge/page/pill-for-card';
import { createStateHolder } from '@/lib/badge/page/state';
import { defaultSettings } from '@/lib/settings';
import type { Seller } from '@/lib/sellers';
import { PRODUCT, start, host, inShadow, pill, mounted, click, openCard, pause, useBadgePage } from '../../helpers/badge-page';

// Shipped builds close the shadow root; here it is open so the test can look inside.
vi.mock('@/lib/badge/page/shadow-mode', () => ({ SHADOW_MODE: 'open' }));

useBadgePage();

const attributes = (host: HTMLElement) => Object.fromEntries([...host.attributes].map((a) => [a.name, a.value]));

/** What the first stage publishes for the card, around `host`, with the card closed (so no reading starts). */
function pillForCard(host: HTMLElement): PillForCard {
  const context = fakeContext();
  return {
    platformId: 'ebay',
    hostname: 'www.ebay.fr',
    root: host.attachShadow({ mode: 'open' }),
    slot: document.createElement('div'),
    state: createStateHolder<BadgeState>({ settings: defaultSettings(), isOpen: false }),
    context,
    pageViewSignal: () => context.signal,
    close: () => undefined,
    isValid: () => true,
    isCardLoaded: false,
  };
}

describe('the host’s seller attributes', () => {
  it('writes data-seller-country where the trader block states a country, and removes it with the next reading', () => {
    const host = document.createElement('charte-pme-badge');
    const shared = pillForCard(host);
    const stop = followSeller(shared);
    // ebay-business-seller-5: « PERFECT PRICE SRL … Italia ».
    const business: Seller = { kind: 'third-party', name: 'rl-perfect-price', trader: 'professional', identity: { name: 'PERFECT PRICE SRL', address: ['Italia'], country: 'IT' } };
    shared.state.setState({ seller: business });
    expect(attributes(host)).toEqual({ 'data-seller-kind': 'third-party', 'data-seller': 'rl-perfect-price', 'data-seller-trader': 'professional', 'data-seller-country': 'IT' });
    shared.state.setState({ seller: { kind: 'third-party', name: 'other-shop' } });
    expect(attributes(host)).toEqual({ 'data-seller-kind': 'third-party', 'data-seller': 'other-shop' });
    shared.state.setState({ seller: business });
    // A new page view clears the reading, and every seller attribute with it.
    shared.state.setState({ seller: undefined });
    expect(attributes(host)).toEqual({});
    // Stopped (the script orphaned): the host no longer follows the state.
    stop();
    shared.state.setState({ seller: business });
    expect(attributes(host)).toEqual({});
  });
});

describe('the seller, read by the card', () => {
  const BUY_BOX = '<main><h1 id="productTitle">Bouilloire</h1><div id="buybox"><div id="merchant-info">Expédié et vendu par Amazon.</div></div></main>';


  it('is not read while the card has never been opened', async () => {
    start(PRODUCT, BUY_BOX);
    await mounted();
    await pause(100);
    expect(host().dataset.sellerKind).toBeUndefined();
  });

  it('is read when the card opens, followed while it is open, and no longer once it is closed', async () => {
    start(PRODUCT, BUY_BOX);
    await mounted();
    await openCard();
    await waitFor(() => expect(host().dataset).toMatchObject({ sellerKind: 'platform', seller: 'Amazon' }));
    document.getElementById('merchant-info')!.innerHTML = 'Vendu par <a id="sellerProfileTriggerId">Boutique Durand</a> et expédié par Amazon.';
    await waitFor(() => expect(host().dataset).toMatchObject({ sellerKind: 'third-party', seller: 'Boutique Durand' }), { timeout: 2000 });
    click(pill());
    await waitFor(() => expect(inShadow('.card')).toBeNull());
    document.getElementById('merchant-info')!.textContent = 'Expédié et vendu par Amazon.';
    await pause(700);
    expect(host().dataset.seller).toBe('Boutique Durand');
    // Opened again: read again.
    await openCard();
    await waitFor(() => expect(host().dataset).toMatchObject({ sellerKind: 'platform', seller: 'Amazon' }));
  });
});
