import { describe, expect, it } from 'vitest';
import { SELLER_READERS, sellerOf, type Seller } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/alibaba';
import { fixtureDocument, loadFixture } from '../../helpers/fixtures';

it('is the reader the card finds for alibaba', () => {
  expect(SELLER_READERS['alibaba']).toBe(sellerReader);
});

describe('saved pages', () => {
  it.each<[string, string, Seller]>([
    // Supplier card: "Huizhou Yongli Industrial Co., Ltd." (Alibaba.com lists suppliers).
    ['alibaba', 'alibaba/alibaba-product-1.html.gz', { kind: 'third-party', name: 'Huizhou Yongli Industrial Co., Ltd' }],
  ])('%s %s', (platform, file, expected) => {
    expect(sellerOf(platform, fixtureDocument(loadFixture(file)))).toEqual(expected);
  });
});
