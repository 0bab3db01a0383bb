import { describe, expect, it } from 'vitest';
import { MAX_REMOUNTS, createMountController, shouldShow, type Surface } from '@/lib/badge/mount-controller';
import { defaultSettings } from '@/lib/settings';

function fakeSurface() {
  const calls: string[] = [];
  let connected = false;
  const surface: Surface = {
    mount: () => {
      calls.push('mount');
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
  it('mounts once however often it is told to show', () => {
    const { surface, calls } = fakeSurface();
    const c = createMountController(surface);
    c.sync(true);
    c.sync(true);
    c.sync(true);
    expect(calls).toEqual(['mount']);
    c.sync(false);
    c.sync(false);
    expect(calls).toEqual(['mount', 'remove']);
  });

  it(`puts the badge back when the page removes it, ${MAX_REMOUNTS} times, then gives up quietly`, () => {
    const { surface, calls, pageRemoves } = fakeSurface();
    const c = createMountController(surface);
    c.sync(true);
    for (let i = 0; i < MAX_REMOUNTS; i++) {
      pageRemoves();
      c.onRemovedByPage();
    }
    expect(calls.filter((x) => x === 'mount')).toHaveLength(1 + MAX_REMOUNTS);
    pageRemoves();
    c.onRemovedByPage();
    c.sync(true); // a settings change meanwhile does not bring it back either
    expect(c.hasGivenUp).toBe(true);
    expect(calls.filter((x) => x === 'mount')).toHaveLength(1 + MAX_REMOUNTS);
    expect(surface.isConnected()).toBe(false);
  });

  it('counts a removal noticed by sync() like one noticed by the observer', () => {
    const { surface, calls, pageRemoves } = fakeSurface();
    const c = createMountController(surface, 1);
    c.sync(true);
    pageRemoves();
    c.sync(true);
    pageRemoves();
    c.sync(true);
    expect(calls.filter((x) => x === 'mount')).toHaveLength(2);
    expect(c.hasGivenUp).toBe(true);
  });

  it('gives a new page view a fresh allowance', () => {
    const { surface, pageRemoves } = fakeSurface();
    const c = createMountController(surface, 1);
    c.sync(true);
    pageRemoves();
    c.onRemovedByPage();
    pageRemoves();
    c.onRemovedByPage();
    expect(c.hasGivenUp).toBe(true);
    c.startPageView();
    c.sync(true);
    expect(surface.isConnected()).toBe(true);
  });

  it('does not remount a badge that is not wanted', () => {
    const { surface, calls, pageRemoves } = fakeSurface();
    const c = createMountController(surface);
    c.sync(true);
    c.sync(false);
    pageRemoves();
    c.onRemovedByPage();
    expect(calls).toEqual(['mount', 'remove']);
  });
});
