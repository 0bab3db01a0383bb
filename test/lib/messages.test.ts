import { describe, expect, it } from 'vitest';
import { isMessage } from '@/lib/messages';

const STATE = { platform: 'amazon', status: 'renewal-signatory', isProductPage: true };

describe('isMessage', () => {
  it.each([
    { type: 'panel/open', platform: 'amazon' },
    { type: 'page/state', state: STATE },
    { type: 'page/state', state: null },
    { type: 'badge/toggle' },
  ])('accepts %j', (message) => {
    expect(isMessage(message)).toBe(true);
  });

  it.each([
    null,
    undefined,
    'panel/open',
    42,
    [],
    {},
    { type: 'panel/close' },
    { type: 'toString' },
    { type: 'panel/open' },
    { type: 'panel/open', platform: 7 },
    { type: 'page/state' },
    { type: 'page/state', state: 'amazon' },
    { type: 'page/state', state: { ...STATE, status: 'boycott' } },
    { type: 'page/state', state: { ...STATE, platform: undefined } },
    { type: 'page/state', state: { ...STATE, isProductPage: 'yes' } },
  ])('rejects %j', (raw) => {
    expect(isMessage(raw)).toBe(false);
  });
});
