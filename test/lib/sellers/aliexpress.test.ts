import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/aliexpress';
import { fixtureDocument, loadFixture } from '../../helpers/fixtures';

it('is the reader the card finds for aliexpress', () => {
  expect(SELLER_READERS['aliexpress']).toBe(sellerReader);
});

describe('saved pages', () => {
  it.each<[string, string, Seller]>([
    // Store block: "Summer Technology Co.,Ltd." (a store, AliExpress does not sell).
    ['aliexpress', 'aliexpress/aliexpress-product-1.html.gz', { kind: 'third-party', name: 'Summer Technology Co.,Ltd' }],
    ['aliexpress', 'aliexpress/aliexpress-listing-1.html.gz', { kind: 'unknown' }],
  ])('%s %s', (platform, file, expected) => {
    expect(sellerOf(platform, fixtureDocument(loadFixture(file)))).toEqual(expected);
  });
});
