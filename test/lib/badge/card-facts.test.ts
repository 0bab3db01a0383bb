import { describe, expect, it } from 'vitest';
import { statusHistory } from '@/lib/badge/card-facts';
import { getPlatform } from '@/data/platforms';

describe('statusHistory', () => {
  it('gives both editions, oldest first, with dates and inference flags', () => {
    expect(statusHistory(getPlatform('amazon')!)).toEqual([
      { edition: '2019', status: 'declined', date: '2019-03-25', isInferred: false },
      { edition: '2020-renewal', status: 'signatory', date: '2020-12', isInferred: false },
    ]);
    expect(statusHistory(getPlatform('aliexpress')!)[0]).toMatchObject({ status: 'declined', isInferred: true });
  });
});
