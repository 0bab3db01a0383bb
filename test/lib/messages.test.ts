import { describe, expect, it } from 'vitest';
import { isMessage } from '@/lib/messages';

const STATE = { platform: 'amazon', status: 'renewal-signatory', isProductPage: true };

describe('isMessage', () => {
  it.each([
    { type: 'panel/open', platform: 'amazon' },
    { type: 'page/state', state: STATE },
    { type: 'page/state', state: null },
    { type: 'page/state', state: { ...STATE, hostname: 'www.amazon.fr' } },
    { type: 'page/state', state: { ...STATE, hostname: 'www.amazon.fr.' } },
    { type: 'page/state', state: { ...STATE, platform: 'not-one-of-ours' } },
    { type: 'badge/toggle' },
    { type: 'card/load' },
    { type: 'corner/load' },
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
    { type: 'page/state', state: { ...STATE, hostname: 42 } },
    { type: 'page/state', state: { ...STATE, hostname: 'https://www.amazon.fr/' } },
    { type: 'page/state', state: { ...STATE, hostname: 'WWW.AMAZON.FR' } },
    { type: 'page/state', state: { ...STATE, hostname: `${'a'.repeat(252)}.fr` } },
    { type: 'page/state', state: { ...STATE, platform: 'Amazon <b>' } },
    { type: 'page/state', state: { ...STATE, platform: 'x'.repeat(41) } },
    { type: 'panel/open', platform: '' },
    { type: 'panel/open', platform: '../options.html' },
    { type: 'panel/open', platform: 'amazon&x=1' },
  ])('rejects %j', (raw) => {
    expect(isMessage(raw)).toBe(false);
  });
});
