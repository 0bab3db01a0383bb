import { expect } from 'vitest';
import { SELLER_NAME_MAX } from '@/lib/sellers/make-seller';
import { IDENTITY_TEXT_MAX } from '@/lib/sellers/trader-identity';
import type { Seller } from '@/lib/sellers';

const KINDS = ['platform', 'third-party', 'private', 'unknown'];

/** The shape every caller may rely on. */
export function expectValid(seller: Seller): void {
  expect(KINDS).toContain(seller.kind);
  expect(Object.keys(seller).every((k) => k === 'kind' || k === 'name' || k === 'trader' || k === 'identity')).toBe(true);
  // A stated identity goes with a third party only, as plain bounded text and an ISO country code.
  if (seller.identity !== undefined) {
    expect(seller.kind).toBe('third-party');
    const { name, address = [], country, register, vat } = seller.identity;
    for (const t of [name, ...address, register?.label, register?.value, vat?.label, vat?.value].filter((x) => x !== undefined)) {
      expect(t!.length).toBeGreaterThan(0);
      expect(Array.from(t!).length).toBeLessThanOrEqual(IDENTITY_TEXT_MAX);
      expect(t).not.toMatch(/[<>\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    if (country !== undefined) expect(country).toMatch(/^[A-Z]{2}$/);
  }
  // A trader status is one of two words, never on the platform itself, and 'private' goes with the kind.
  if (seller.trader !== undefined) expect(['professional', 'private']).toContain(seller.trader);
  if (seller.kind === 'platform' || seller.kind === 'unknown') expect(seller.trader).toBeUndefined();
  expect(seller.kind === 'private').toBe(seller.trader === 'private');
  if (seller.kind === 'unknown') expect(seller.name).toBeUndefined();
  if (seller.kind === 'third-party' || seller.kind === 'private') expect(typeof seller.name).toBe('string');
  if (seller.name !== undefined) {
    expect(Array.from(seller.name).length).toBeGreaterThan(0);
    expect(Array.from(seller.name).length).toBeLessThanOrEqual(SELLER_NAME_MAX);
    expect(seller.name).toBe(seller.name.trim());
    expect(seller.name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}
