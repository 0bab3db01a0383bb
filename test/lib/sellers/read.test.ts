import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBudget, readSeller, sameSeller, type Seller, type SellerReader } from '@/lib/sellers';
import { readText } from '@/lib/sellers/page-text';
import { fixtureDocument } from '../../helpers/fixtures';
import { expectValid } from '../../helpers/seller-shape';

const odd = (answer: unknown): SellerReader => ({ watch: ['body'], read: () => answer as Seller });

describe('one reading, sanitized', () => {
  it('turns an extractor that throws or answers nonsense into unknown or a clean answer', () => {
    const throwing: SellerReader = { watch: ['body'], read: () => { throw new Error('markup changed'); } };
    expect(readSeller(throwing, fixtureDocument(''))).toEqual({ kind: 'unknown' });
    const odd = (answer: unknown): SellerReader => ({ watch: ['body'], read: () => answer as Seller });
    expect(readSeller(odd({ kind: 'boss', name: 'X' }), fixtureDocument(''))).toEqual({ kind: 'unknown' });
    expect(readSeller(odd({ kind: 'third-party' }), fixtureDocument(''))).toEqual({ kind: 'unknown' });
    expect(readSeller(odd({ kind: 'unknown', name: 'X' }), fixtureDocument(''))).toEqual({ kind: 'unknown' });
    expect(readSeller(odd({ kind: 'platform' }), fixtureDocument(''))).toEqual({ kind: 'platform' });
    const long = readSeller(odd({ kind: 'private', name: ` \u202eX${'y'.repeat(300)}\n` }), fixtureDocument(''));
    expectValid(long);
    expect(long.name?.startsWith('Xyy')).toBe(true);
  });

  it('keeps every valid shape, whatever a reader answers', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expectValid(readSeller(odd(raw), fixtureDocument('')));
      }),
    );
  });

  it('keeps a stated trader only where it belongs, and an identity only on a third party', () => {
    const doc = fixtureDocument('');
    expect(readSeller(odd({ kind: 'platform', name: 'Cdiscount', trader: 'professional' }), doc)).toEqual({ kind: 'platform', name: 'Cdiscount' });
    expect(readSeller(odd({ kind: 'third-party', name: 'Claire', trader: 'private' }), doc)).toEqual({ kind: 'private', name: 'Claire', trader: 'private' });
    expect(readSeller(odd({ kind: 'third-party', name: 'Foo', trader: 'boss' }), doc)).toEqual({ kind: 'third-party', name: 'Foo' });
    const identity = { name: ' ACME GmbH ', address: ['Hauptstraße 5', 'Deutschland'], country: 'FR' };
    expect(readSeller(odd({ kind: 'third-party', name: 'acme', trader: 'professional', identity }), doc)).toEqual({
      kind: 'third-party',
      name: 'acme',
      trader: 'professional',
      identity: { name: 'ACME GmbH', address: ['Hauptstraße 5', 'Deutschland'], country: 'DE' },
    });
    expect(readSeller(odd({ kind: 'private', name: 'Claire', identity }), doc)).toEqual({ kind: 'private', name: 'Claire', trader: 'private' });
    expect(readSeller(odd({ kind: 'third-party', name: 'acme', identity: 'ACME' }), doc)).toEqual({ kind: 'third-party', name: 'acme' });
  });

  it('a reading that ran out of budget says nothing, whatever it found', () => {
    const doc = fixtureDocument(`<div>${'<i>a</i>'.repeat(50)}</div>`);
    const walking: SellerReader = { watch: ['body'], read: (d) => ({ kind: 'third-party', name: readText(d.body).slice(0, 1) }) };
    expect(readSeller(walking, doc, createBudget({ nodes: 10, ms: 1e9 }))).toEqual({ kind: 'unknown' });
    expect(readSeller(walking, doc, createBudget({ nodes: 1000, ms: 1e9 }))).toEqual({ kind: 'third-party', name: 'a' });
  });
});

describe('the same reading', () => {
  it('sameSeller compares kind and name', () => {
    expect(sameSeller({ kind: 'platform' }, { kind: 'platform', name: '' })).toBe(true);
    expect(sameSeller({ kind: 'third-party', name: 'A' }, { kind: 'third-party', name: 'B' })).toBe(false);
    expect(sameSeller({ kind: 'unknown' }, { kind: 'private', name: 'A' })).toBe(false);
  });

  it('a trader status or an identity that changes is a change', () => {
    expect(sameSeller({ kind: 'third-party', name: 'A' }, { kind: 'third-party', name: 'A', trader: 'professional' })).toBe(false);
    const identity = { name: 'ACME GmbH', country: 'DE' };
    expect(sameSeller({ kind: 'third-party', name: 'A', identity }, { kind: 'third-party', name: 'A', identity: { ...identity } })).toBe(true);
    expect(sameSeller({ kind: 'third-party', name: 'A', identity }, { kind: 'third-party', name: 'A', identity: { ...identity, country: 'AT' } })).toBe(false);
  });
});
