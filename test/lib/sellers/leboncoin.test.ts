import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/leboncoin';
import { fixtureDocument, loadFixture } from '../../helpers/fixtures';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for leboncoin', () => {
  expect(SELLER_READERS['leboncoin']).toBe(sellerReader);
});

describe('saved pages', () => {
  it.each<[string, string, Seller]>([
    // 2017 ad: "Pro Immobilier  I@D FRANCE  Numéro SIREN : 823562178": a professional advertiser,
    // and its SIREN as the page labels it (issue 25; no address, so no country).
    [
      'leboncoin',
      'leboncoin/leboncoin-product-1.html.gz',
      { kind: 'third-party', name: 'I@D FRANCE', trader: 'professional', identity: { register: { label: 'Numéro SIREN', value: '823562178' } } },
    ],
    // 2014 ad: "nicolas massé - Mise en ligne le 14 décembre": a name, but no "Pro" or
    // "Particulier" marker, so nothing is claimed.
    ['leboncoin', 'leboncoin/leboncoin-product-2.html.gz', { kind: 'unknown' }],
    ['leboncoin', 'leboncoin/leboncoin-listing-1.html.gz', { kind: 'unknown' }],
    // A search with no results: no ad, no advertiser.
    ['leboncoin', 'leboncoin/leboncoin-listing-2.html.gz', { kind: 'unknown' }],
  ])('%s %s', (platform, file, expected) => {
    expect(sellerOf(platform, fixtureDocument(loadFixture(file)))).toEqual(expected);
  });
});

describe('hand-written advertiser lines', () => {
  it.each<[string, Seller]>([
    ['<div class="line line_pro"><p><span class="ispro">Pro</span> <a href="/ar?id=1">Garage Martin</a> <span>Numéro SIREN : 123456789</span></p></div>', { kind: 'third-party', name: 'Garage Martin', trader: 'professional', identity: { register: { label: 'Numéro SIREN', value: '123456789' } } }],
    ['<div class="upload_by"><a href="/ar?id=2">Claire</a> (Particulier) - Mise en ligne le 3 mai</div>', { kind: 'private', name: 'Claire', trader: 'private' }],
    ['<div class="upload_by"><a href="/ar?id=3">Paul</a> - Mise en ligne le 3 mai</div>', { kind: 'unknown' }],
    // An advertiser whose name holds the word is not thereby a private person.
    ['<div class="upload_by"><a href="/ar?id=4">Le Particulier</a> - Mise en ligne le 3 mai</div>', { kind: 'unknown' }],
  ])('%s', (body, expected) => {
    expect(sellerOf('leboncoin', page(body))).toEqual(expected);
  });
});
