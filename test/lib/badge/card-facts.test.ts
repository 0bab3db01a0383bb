import { describe, expect, it } from 'vitest';
import { statusHistory } from '@/lib/badge/card-facts';
import { getPlatform } from '@/data/platforms';

describe('statusHistory', () => {
  it('gives both editions, oldest first, with dates and inference flags', () => {
    expect(statusHistory(getPlatform('amazon')!)).toEqual([
      { edition: '2019', status: 'declined', date: '2019-03-25', isInferred: false, isStated: true },
      { edition: '2020-renewal', status: 'signatory', date: '2020-12', isInferred: false, isStated: true },
    ]);
    expect(statusHistory(getPlatform('aliexpress')!)[0]).toMatchObject({ status: 'declined', isInferred: true });
  });

  it.each([
    // Amazon's line names its 2019 refusal and the renewal (issue 22); AliExpress's and Alibaba's the 2019 refusal; Fnac's both editions; Temu's neither list.
    ['amazon', [true, true]],
    ['aliexpress', [true, false]],
    ['alibaba', [true, false]],
    ['fnac', [true, true]],
    ['temu', [true, true]],
  ])('%s: marks the editions the status line already states', (id, stated) => {
    expect(statusHistory(getPlatform(id)!).map((e) => e.isStated)).toEqual(stated);
  });
});
