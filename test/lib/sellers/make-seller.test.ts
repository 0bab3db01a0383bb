import { describe, expect, it } from 'vitest';
import { cleanName, makeSeller, onlyName, SELLER_NAME_MAX, UNKNOWN } from '@/lib/sellers/make-seller';

describe('cleanName', () => {
  it.each<[string, string | undefined]>([
    ['  VELIHOTUBUYE. ', 'VELIHOTUBUYE'],
    ['« Librairie du Port »', 'Librairie du Port'],
    ['Amazon Media EU S.à r.l.', 'Amazon Media EU S.à r.l.'], // an abbreviation keeps its final dot
    ['Amazon.com.', 'Amazon.com'],
    ['Evil\u202eShop\u0007\u200f', 'EvilShop'], // direction overrides and control characters go
    ['a\n\tb', 'a b'],
    ['   ', undefined],
    ['...', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(cleanName(raw)).toBe(expected);
  });

  it('cuts at SELLER_NAME_MAX characters without splitting an emoji', () => {
    const name = cleanName('🎁'.repeat(200))!;
    expect(Array.from(name)).toHaveLength(SELLER_NAME_MAX);
    expect(name.endsWith('🎁…')).toBe(true);
  });
});


describe('makeSeller', () => {
  it.each<[Parameters<typeof makeSeller>, ReturnType<typeof makeSeller>]>([
    [['platform', ' Amazon.fr. '], { kind: 'platform', name: 'Amazon.fr' }],
    // The platform is the marketplace itself: no trader status, and no name needed.
    [['platform', 'Cdiscount', 'professional'], { kind: 'platform', name: 'Cdiscount' }],
    [['platform', '  '], { kind: 'platform' }],
    [['third-party', 'Foo'], { kind: 'third-party', name: 'Foo' }],
    [['third-party', 'Foo', 'professional'], { kind: 'third-party', name: 'Foo', trader: 'professional' }],
    // A third party stated as private is a private seller.
    [['third-party', 'Claire', 'private'], { kind: 'private', name: 'Claire', trader: 'private' }],
    [['private', 'Claire'], { kind: 'private', name: 'Claire', trader: 'private' }],
    [['private', 'Claire', 'professional'], { kind: 'private', name: 'Claire', trader: 'private' }],
    // A kind that needs a name and has none, or unknown whatever the name: unknown.
    [['third-party', ''], { kind: 'unknown' }],
    [['private', null], { kind: 'unknown' }],
    [['unknown', 'X'], { kind: 'unknown' }],
  ])('%j → %j', (args, expected) => {
    expect(makeSeller(...args)).toEqual(expected);
  });

  it('unknown is one frozen value', () => {
    expect(makeSeller('third-party')).toBe(UNKNOWN);
    expect(Object.isFrozen(UNKNOWN)).toBe(true);
  });
});

describe('onlyName', () => {
  it('gives the one name a list holds, ignoring case and repeats; none or several give nothing', () => {
    expect(onlyName(['Fnac.com', 'FNAC.COM', undefined, ''])).toBe('FNAC.COM');
    expect(onlyName(['A', 'B'])).toBeUndefined();
    expect(onlyName([])).toBeUndefined();
    expect(onlyName([undefined])).toBeUndefined();
  });
});
