import { describe, expect, it, vi } from 'vitest';
import { storage } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineVersionedItem, mergeOverNewer, storedVersion } from '@/lib/versioned-item';
import { sanitizeSettings, settingsItem } from '@/lib/settings';

interface Prefs {
  size: number;
  names: string[];
}
const readPrefs = (raw: unknown): Prefs => {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    size: typeof r.size === 'number' ? r.size : 1,
    names: Array.isArray(r.names) ? r.names.filter((n): n is string => typeof n === 'string') : [],
  };
};
const prefsItem = () =>
  defineVersionedItem<Prefs>('local:prefs', {
    fallback: { size: 1, names: [] },
    version: 3,
    migrations: { 2: (old) => ({ ...(old as object), names: [] }), 3: (old) => ({ ...(old as object), size: 2 }) },
    read: readPrefs,
  });

describe('storedVersion', () => {
  it.each([
    [{ v: 3 }, 3],
    [{ v: 1 }, 1],
    [{}, 1],
    [null, 1],
    [{ v: '3' }, 1],
    [{ v: 0 }, 1],
    [{ v: 2.5 }, 1],
    [{ v: Number.NaN }, 1],
  ])('reads %j as v%i', (meta, v) => {
    expect(storedVersion(meta)).toBe(v);
  });
});

describe('mergeOverNewer', () => {
  it('keeps unknown fields and unreadable ones this copy did not change', () => {
    const stored = { size: 'huge', names: ['a'], colour: 'teal' };
    expect(mergeOverNewer(stored, { size: 1, names: ['a', 'b'] }, readPrefs)).toEqual({ size: 'huge', names: ['a', 'b'], colour: 'teal' });
  });

  it('writes an unreadable field once this copy sets it to something else', () => {
    expect(mergeOverNewer({ size: 'huge', colour: 'teal' }, { size: 4, names: [] }, readPrefs)).toEqual({ size: 4, names: [], colour: 'teal' });
  });

  it('writes the whole value over something that is not an object', () => {
    expect(mergeOverNewer('garbage', { size: 4, names: [] }, readPrefs)).toEqual({ size: 4, names: [] });
  });
});

describe('defineVersionedItem', () => {
  it('migrates an older value step by step, and labels it, like WXT', async () => {
    await fakeBrowser.storage.local.set({ prefs: { size: 9, names: ['x'] }, prefs$: { v: 1 } });
    const item = prefsItem();
    expect(await item.getValue()).toEqual({ size: 2, names: [] });
    expect(await fakeBrowser.storage.local.get(['prefs', 'prefs$'])).toEqual({ prefs: { size: 2, names: [] }, prefs$: { v: 3 } });
  });

  it('gives the fallback and labels the first write on a fresh install', async () => {
    const item = prefsItem();
    expect(await item.getValue()).toEqual({ size: 1, names: [] });
    await item.setValue({ size: 5, names: [] });
    expect(await fakeBrowser.storage.local.get(['prefs', 'prefs$'])).toEqual({ prefs: { size: 5, names: [] }, prefs$: { v: 3 } });
  });

  it('reads a newer value as it is, without logging, and writes over it keeping what it does not know', async () => {
    const errors = vi.spyOn(console, 'error');
    await fakeBrowser.storage.local.set({ prefs: { size: 7, names: ['a'], colour: 'teal' }, prefs$: { v: 4 } });
    const item = prefsItem();
    expect(await item.getValue()).toEqual({ size: 7, names: ['a'], colour: 'teal' });
    await item.setValue({ size: 8, names: ['a'] });
    expect(await fakeBrowser.storage.local.get(['prefs', 'prefs$'])).toEqual({ prefs: { size: 8, names: ['a'], colour: 'teal' }, prefs$: { v: 4 } });
    expect(errors).not.toHaveBeenCalled();
  });

  it('does not relabel as its own a newer version whose value was removed', async () => {
    await fakeBrowser.storage.local.set({ prefs$: { v: 4 } });
    const item = prefsItem();
    await item.setValue({ size: 8, names: [] });
    expect(await fakeBrowser.storage.local.get(['prefs', 'prefs$'])).toEqual({ prefs: { size: 8, names: [] }, prefs$: { v: 4 } });
  });

  it('is needed: WXT’s own versioned item logs a newer value as an error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ prefs: { size: 7 }, prefs$: { v: 4 } });
    const wxtItem = storage.defineItem<Prefs>('local:prefs', { fallback: { size: 1, names: [] }, version: 3, migrations: {} });
    await wxtItem.getValue();
    expect(String(errors.mock.calls[0]?.[1])).toMatch(/Version downgrade detected/);
  });
});

describe('the settings item', () => {
  it('reads v3 settings field by field through the settings item, without console.error', async () => {
    const errors = vi.spyOn(console, 'error');
    const v3 = { enabled: false, position: 'center', language: 'en', theme: 'dark' };
    await fakeBrowser.storage.sync.set({ settings: v3, settings$: { v: 3 } });
    expect(sanitizeSettings(await settingsItem().getValue())).toEqual(sanitizeSettings({ enabled: false, language: 'en' }));
    const seen = vi.fn();
    settingsItem().watch(seen);
    await fakeBrowser.storage.sync.set({ settings: { ...v3, enabled: true } });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(errors).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...v3, enabled: true });
  });
});
