import { afterEach, describe, expect, it } from 'vitest';
import { findCornerKeeperFactory, publishCornerKeeperFactory } from '@/lib/badge/page/corner-for-pill';
import { createCornerKeeper } from '@/lib/badge/page/corner-keeper';
import badgeCorner from '@/entrypoints/badge-corner';

describe('the link from the corner script to the first stage', () => {
  afterEach(() => publishCornerKeeperFactory(undefined));

  it('gives nothing before the corner script has run', () => {
    expect(findCornerKeeperFactory()).toBeUndefined();
  });

  it('gives the first stage the keeper factory the corner script published', () => {
    badgeCorner.main();
    expect(findCornerKeeperFactory()).toBe(createCornerKeeper);
    publishCornerKeeperFactory(undefined);
    expect(findCornerKeeperFactory()).toBeUndefined();
  });
});
