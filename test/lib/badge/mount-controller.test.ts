import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMountController, shouldShow, type MountableBadge } from '@/lib/badge/mount-controller';
import { timerClock } from '../../helpers/timer-clock';
import { defaultSettings } from '@/lib/settings';

/** From this removal on, the badge settles in a corner and comes back after a pause… */
const SETTLE_AFTER_REMOVALS = 3;
/** …of at most a second. */
const BACKOFF_MAX_MS = 1000;

function fakeSurface() {
  const calls: string[] = [];
  let connected = false;
  const surface: MountableBadge = {
    mount: (isSettled) => {
      calls.push(isSettled ? 'mount in a corner' : 'mount');
      connected = true;
    },
    remove: () => {
      calls.push('remove');
      connected = false;
    },
    isConnected: () => connected,
  };
  return { surface, calls, pageRemoves: () => (connected = false) };
}

describe('shouldShow', () => {
  const base = { isProductPage: true, settings: defaultSettings(), hostname: 'www.amazon.fr', now: 1000, override: null };

  it.each([
    ['a product page, default settings', {}, true],
    ['not a product page', { isProductPage: false }, false],
    ['not a product page, even when the command says show', { isProductPage: false, override: 'shown' as const }, false],
    ['badge turned off', { settings: { ...defaultSettings(), enabled: false } }, false],
    ['site hidden', { settings: { ...defaultSettings(), hiddenSites: ['amazon.fr'] } }, false],
    ['snoozed until later', { settings: { ...defaultSettings(), snoozeUntil: 2000 } }, false],
    ['snooze over', { settings: { ...defaultSettings(), snoozeUntil: 999 } }, true],
    ['command hides it', { override: 'hidden' as const }, false],
    ['command shows it on a hidden site', { settings: { ...defaultSettings(), hiddenSites: ['amazon.fr'] }, override: 'shown' as const }, true],
  ])('%s → %s', (_name, patch, expected) => {
    expect(shouldShow({ ...base, ...patch })).toBe(expected);
  });
});

describe('createMountController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const create = (surface: MountableBadge) => createMountController(surface, timerClock.setTimer);
  const mounts = (calls: string[]) => calls.filter((x) => x.startsWith('mount'));

  it('mounts once however often it is told to show', () => {
    const { surface, calls } = fakeSurface();
    const c = create(surface);
    c.sync(true);
    c.sync(true);
    c.sync(true);
    expect(calls).toEqual(['mount']);
    c.sync(false);
    c.sync(false);
    expect(calls).toEqual(['mount', 'remove']);
  });

  it(`puts the badge back at once when the page removes it, settles in a corner from the ${SETTLE_AFTER_REMOVALS}rd removal, and never gives up`, () => {
    const { surface, calls, pageRemoves } = fakeSurface();
    const c = create(surface);
    c.sync(true);
    for (let i = 1; i < SETTLE_AFTER_REMOVALS; i++) {
      pageRemoves();
      c.onRemovedByPage();
      expect(surface.isConnected()).toBe(true);
    }
    expect(mounts(calls)).toEqual(Array(SETTLE_AFTER_REMOVALS).fill('mount'));
    pageRemoves();
    c.onRemovedByPage();
    expect(c.isSettled).toBe(true);
    expect(calls.at(-1)).toBe('mount in a corner');
    // Then after a growing pause, capped: ten more removals, and it is still there.
    for (let i = 0; i < 10; i++) {
      pageRemoves();
      c.onRemovedByPage();
      c.sync(true); // a settings change meanwhile does not bring it back sooner, nor twice
      expect(surface.isConnected()).toBe(false);
      vi.advanceTimersByTime(BACKOFF_MAX_MS);
      expect(surface.isConnected()).toBe(true);
    }
    expect(mounts(calls)).toHaveLength(SETTLE_AFTER_REMOVALS + 11);
  });

  it('backs off exponentially, capped', () => {
    const { surface, pageRemoves } = fakeSurface();
    const c = create(surface);
    c.sync(true);
    /** The pause before the page's next removal is undone, to the millisecond. */
    const nextPause = () => {
      pageRemoves();
      c.onRemovedByPage();
      let waited = 0;
      while (!surface.isConnected() && waited < 10_000) {
        vi.advanceTimersByTime(1);
        waited++;
      }
      return waited;
    };
    const delays = Array.from({ length: 10 }, nextPause);
    expect(delays.slice(0, SETTLE_AFTER_REMOVALS)).toEqual(Array(SETTLE_AFTER_REMOVALS).fill(0));
    expect(delays.slice(SETTLE_AFTER_REMOVALS, SETTLE_AFTER_REMOVALS + 3)).toEqual([100, 200, 400]);
    expect(Math.max(...delays)).toBe(BACKOFF_MAX_MS);
    // Ten removals cost a few seconds of waiting at most, never a lost badge.
    expect(delays.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5000);
  });

  it('counts a removal noticed by sync() like one noticed by the observer', () => {
    const { surface, calls, pageRemoves } = fakeSurface();
    const c = create(surface);
    c.sync(true);
    for (let i = 0; i < SETTLE_AFTER_REMOVALS; i++) {
      pageRemoves();
      c.sync(true);
    }
    expect(c.isSettled).toBe(true);
    expect(calls.at(-1)).toBe('mount in a corner');
  });

  it('gives a new page view a fresh count: the next mount follows the settings again', () => {
    const { surface, calls, pageRemoves } = fakeSurface();
    const c = create(surface);
    c.sync(true);
    for (let i = 0; i < SETTLE_AFTER_REMOVALS; i++) {
      pageRemoves();
      c.onRemovedByPage();
    }
    expect(c.isSettled).toBe(true);
    c.startPageView();
    expect(c.isSettled).toBe(false);
    c.sync(false);
    c.sync(true);
    expect(calls.at(-1)).toBe('mount');
  });

  it('does not remount a badge that is not wanted, nor one whose pause ended after it was hidden', () => {
    const { surface, calls, pageRemoves } = fakeSurface();
    const c = create(surface);
    c.sync(true);
    c.sync(false);
    pageRemoves();
    c.onRemovedByPage();
    expect(calls).toEqual(['mount', 'remove']);
    c.sync(true);
    for (let i = 0; i <= SETTLE_AFTER_REMOVALS; i++) {
      pageRemoves();
      c.onRemovedByPage();
    }
    c.sync(false);
    vi.advanceTimersByTime(BACKOFF_MAX_MS);
    expect(surface.isConnected()).toBe(false);
  });
});
