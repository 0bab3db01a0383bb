import { describe, expect, it } from 'vitest';
import { writeSellerAttributes } from '@/lib/badge/card-seller';
import type { Seller } from '@/lib/sellers';

const attributes = (host: HTMLElement) => Object.fromEntries([...host.attributes].map((a) => [a.name, a.value]));

describe('the host’s seller attributes', () => {
  it('writes data-seller-country where the trader block states a country, and removes it with the next reading', () => {
    const host = document.createElement('charte-pme-badge');
    // ebay-business-seller-5: « PERFECT PRICE SRL … Italia ».
    const business: Seller = { kind: 'third-party', name: 'rl-perfect-price', trader: 'professional', identity: { name: 'PERFECT PRICE SRL', address: ['Italia'], country: 'IT' } };
    writeSellerAttributes(host, business);
    expect(attributes(host)).toEqual({ 'data-seller-kind': 'third-party', 'data-seller': 'rl-perfect-price', 'data-seller-trader': 'professional', 'data-seller-country': 'IT' });
    writeSellerAttributes(host, { kind: 'third-party', name: 'other-shop' });
    expect(attributes(host)).toEqual({ 'data-seller-kind': 'third-party', 'data-seller': 'other-shop' });
    writeSellerAttributes(host, business);
    // A new page view clears the reading, and every seller attribute with it.
    writeSellerAttributes(host, undefined);
    expect(attributes(host)).toEqual({});
  });
});
