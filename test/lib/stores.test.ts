import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  defineSettingsItem,
  hideSite,
  settingsItem,
  type Settings,
} from '@/lib/settings';
import { bindSettings, createSettingsStore, hydratedSettings, watchSetting, type SettingsStore } from '@/lib/stores';

// WXT keeps an item's metadata (its schema version) under the item's key plus one "$".
const META = 'settings$';

async function hydrated(store: SettingsStore): Promise<void> {
  await vi.waitFor(() => expect(store.getState().hasHydrated).toBe(true));
}

/** A popup, content script, side panel or background: its own item definition and its own store. */
async function context(area: 'sync' | 'local' = 'sync') {
  const item = defineSettingsItem(area);
  const store = createSettingsStore(item);
  const unbind = bindSettings(store, item);
  await hydrated(store);
  return { item, store, unbind };
}

describe('stores bound to storage', () => {
  it('starts on the defaults and hydrates from an empty storage', async () => {
    const { store } = await context();
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('makes two contexts converge on every write, the writer included', async () => {
    const popup = await context();
    const badge = await context();
    await popup.store.getState().update({ enabled: false, position: 'inline' });
    await vi.waitFor(() => expect(badge.store.getState().settings.enabled).toBe(false));
    expect(badge.store.getState().settings.position).toBe('inline');
    expect(popup.store.getState().settings).toEqual(badge.store.getState().settings);

    await badge.store.getState().update({ enabled: true });
    await vi.waitFor(() => expect(popup.store.getState().settings.enabled).toBe(true));
    expect(popup.store.getState().settings.position).toBe('inline');
  });

  it('writes to storage.sync by default, as settings follow the user', async () => {
    const store = createSettingsStore();
    bindSettings(store);
    await store.getState().update({ language: 'en' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ language: 'en' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect(settingsItem().key).toBe('sync:settings');
  });

  it('works the same on storage.local', async () => {
    const a = await context('local');
    const b = await context('local');
    await a.store.getState().update({ openByDefault: true });
    await vi.waitFor(() => expect(b.store.getState().settings.openByDefault).toBe(true));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ openByDefault: true });
  });

  it('applies a patch to what storage holds, even before this store hydrated', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, enabled: false, hiddenSites: ['fnac.com'] }, [META]: { v: 2 } });
    const item = defineSettingsItem();
    const store = createSettingsStore(item); // not bound: its copy is still the defaults
    await store.getState().update({ position: 'top-left' });
    expect(await item.getValue()).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hiddenSites: ['fnac.com'], position: 'top-left' });
  });

  it('loses no change when two contexts write one after the other', async () => {
    const popup = await context();
    const panel = await context();
    await Promise.all([
      popup.store.getState().update((s) => hideSite(s, 'amazon.fr')),
      popup.store.getState().update((s) => hideSite(s, 'fnac.com')),
    ]);
    await panel.store.getState().update((s) => hideSite(s, 'ebay.fr'));
    await vi.waitFor(() => expect(popup.store.getState().settings.hiddenSites).toEqual(['amazon.fr', 'fnac.com', 'ebay.fr']));
  });

  it('sanitizes what it writes', async () => {
    const { item, store } = await context();
    await store.getState().update({ position: 'middle' as never, hiddenSites: ['WWW.Fnac.com', 'nope'], snoozeUntil: Number.NaN });
    expect(await item.getValue()).toEqual({ ...DEFAULT_SETTINGS, hiddenSites: ['fnac.com'] });
  });

  it('resets to the defaults everywhere', async () => {
    const a = await context();
    const b = await context();
    await a.store.getState().update({ enabled: false, language: 'en', hiddenSites: ['amazon.fr'] });
    await vi.waitFor(() => expect(b.store.getState().settings.language).toBe('en'));
    await b.store.getState().reset();
    await vi.waitFor(() => expect(a.store.getState().settings).toEqual(DEFAULT_SETTINGS));
  });

  it('stops following storage once unbound', async () => {
    const a = await context();
    const b = await context();
    b.unbind();
    await a.store.getState().update({ enabled: false });
    await vi.waitFor(() => expect(a.store.getState().settings.enabled).toBe(false));
    expect(b.store.getState().settings.enabled).toBe(true);
  });

  it('keeps a newer watched value over a slower first read', async () => {
    const item = defineSettingsItem();
    let answer: (v: Settings) => void = () => {};
    vi.spyOn(item, 'getValue').mockReturnValueOnce(new Promise<Settings>((r) => (answer = r)));
    const store = createSettingsStore(item);
    bindSettings(store, item);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
    await vi.waitFor(() => expect(store.getState().settings.enabled).toBe(false));
    answer({ ...DEFAULT_SETTINGS, enabled: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().settings.enabled).toBe(false);
  });

  it('still hydrates, on the defaults, when storage cannot be read', async () => {
    const item = defineSettingsItem();
    vi.spyOn(item, 'getValue').mockRejectedValueOnce(new Error('storage is disabled'));
    const store = createSettingsStore(item);
    bindSettings(store, item);
    await hydrated(store);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('garbage in storage', () => {
  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', ['amazon.fr']],
    ['true', true],
  ])('gives the defaults for %s', async (_label, garbage) => {
    await fakeBrowser.storage.sync.set({ settings: garbage, [META]: { v: 2 } });
    const { store } = await context();
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a damaged object', async () => {
    const damaged = {
      enabled: false,
      position: 12,
      openByDefault: 'true',
      hiddenSites: ['amazon.fr', 7, null, 'not a host', 'amazon.fr', 'WWW.FNAC.COM'],
      snoozeUntil: null,
      language: 'en',
      unknown: { deep: true },
    };
    await fakeBrowser.storage.sync.set({ settings: damaged, [META]: { v: 2 } });
    const { store } = await context();
    expect(store.getState().settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      hiddenSites: ['amazon.fr', 'fnac.com'],
      language: 'en',
    });
  });

  it('follows garbage written later by another context without throwing', async () => {
    const { store } = await context();
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, position: 'nowhere' } });
    await vi.waitFor(() => expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false }));
    await fakeBrowser.storage.sync.remove('settings');
    await vi.waitFor(() => expect(store.getState().settings).toEqual(DEFAULT_SETTINGS));
  });
});

describe('schema versions', () => {
  const v1 = { enabled: false, layout: 'card', hiddenOn: ['cdiscount', 'www.fnac.com'] };
  const migrated = { ...DEFAULT_SETTINGS, enabled: false, openByDefault: true, hiddenSites: ['cdiscount.com', 'fnac.com'] };

  it('migrates a v1 value to v2 and stores it with its new version', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1, [META]: { v: 1 } });
    const { store } = await context();
    expect(store.getState().settings).toEqual(migrated);
    const raw = await fakeBrowser.storage.sync.get(['settings', META]);
    expect(raw).toEqual({ settings: migrated, [META]: { v: 2 } });
  });

  it('treats a value stored without a version as v1', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1 });
    const item = defineSettingsItem();
    expect(await item.getValue()).toEqual(migrated);
    expect(await item.getMeta()).toEqual({ v: 2 });
  });

  it('migrates a damaged v1 value field by field', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'no', layout: 'card', hiddenOn: 'amazon' }, [META]: { v: 1 } });
    const { store } = await context();
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, openByDefault: true });
  });

  it('does not migrate a v2 value again', async () => {
    const v2 = { ...DEFAULT_SETTINGS, enabled: false, hiddenSites: ['cdiscount'] };
    await fakeBrowser.storage.sync.set({ settings: v2, [META]: { v: 2 } });
    const item = defineSettingsItem();
    await item.getValue();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(v2);
  });

  it('labels the first write of a fresh install as v2', async () => {
    const { store } = await context();
    await store.getState().update({ enabled: false });
    expect((await fakeBrowser.storage.sync.get(META))[META]).toEqual({ v: 2 });
  });
});

describe('a value from a newer version of the extension (synced from another machine)', () => {
  // What a v3 copy might write: a field we do not know, a position we cannot place, a valid rest.
  const v3 = { enabled: false, position: 'center', theme: 'dark', hiddenSites: ['fnac.com'], language: 'en' };
  const readAsV2 = { ...DEFAULT_SETTINGS, enabled: false, hiddenSites: ['fnac.com'], language: 'en' };

  it('is read field by field, without an error in any context, and left as it is', async () => {
    const errors = vi.spyOn(console, 'error');
    await fakeBrowser.storage.sync.set({ settings: v3, [META]: { v: 3 } });
    const popup = await context();
    const background = await context();
    expect(popup.store.getState().settings).toEqual(readAsV2);
    expect(background.store.getState().settings).toEqual(readAsV2);
    await new Promise((r) => setTimeout(r, 20));
    expect(errors).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.sync.get(['settings', META])).toEqual({ settings: v3, [META]: { v: 3 } });
  });

  it('keeps what this copy does not know when the user changes a setting here', async () => {
    await fakeBrowser.storage.sync.set({ settings: v3, [META]: { v: 3 } });
    const { store } = await context();
    await store.getState().update({ openByDefault: true });
    expect(await fakeBrowser.storage.sync.get(['settings', META])).toEqual({
      // Untouched: the newer copy's field and its position, which this copy reads as the default.
      settings: { ...v3, openByDefault: true, snoozeUntil: 0 },
      [META]: { v: 3 },
    });
    expect(store.getState().settings).toEqual({ ...readAsV2, openByDefault: true });
  });

  it('writes a field this copy cannot read once the user sets it here', async () => {
    await fakeBrowser.storage.sync.set({ settings: v3, [META]: { v: 3 } });
    const { store } = await context();
    await store.getState().update({ position: 'top-left' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ position: 'top-left', theme: 'dark' });
  });

  it('notices a newer value that arrives after this context started', async () => {
    const { store } = await context();
    await fakeBrowser.storage.sync.set({ settings: v3, [META]: { v: 3 } });
    await vi.waitFor(() => expect(store.getState().settings).toEqual(readAsV2));
    await store.getState().update(hideSite(store.getState().settings, 'www.amazon.fr'));
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      theme: 'dark',
      position: 'center',
      hiddenSites: ['fnac.com', 'amazon.fr'],
    });
    // This context's first write is not a fresh install's: the newer label stays.
    expect((await fakeBrowser.storage.sync.get(META))[META]).toEqual({ v: 3 });
  });

  it('resets what it knows and keeps the rest', async () => {
    await fakeBrowser.storage.sync.set({ settings: v3, [META]: { v: 3 } });
    const { store } = await context();
    await store.getState().reset();
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ theme: 'dark' });
  });
});

describe('following the settings from a long-lived context', () => {
  it('hydratedSettings waits for the first read, then answers at once', async () => {
    await settingsItem().setValue({ ...DEFAULT_SETTINGS, language: 'en' });
    const store = createSettingsStore();
    const first = hydratedSettings(store);
    expect(store.getState().hasHydrated).toBe(false);
    bindSettings(store);
    expect((await first).language).toBe('en');
    expect((await hydratedSettings(store)).language).toBe('en');
  });

  it('watchSetting runs on a change of the selected field only', async () => {
    const { store, item } = await context();
    const seen: string[] = [];
    watchSetting(store, (s) => s.language, (language) => seen.push(language));
    await item.setValue({ ...DEFAULT_SETTINGS, enabled: false });
    await item.setValue({ ...DEFAULT_SETTINGS, enabled: false, language: 'en' });
    await item.setValue({ ...DEFAULT_SETTINGS, enabled: true, language: 'en' });
    await vi.waitFor(() => expect(store.getState().settings.enabled).toBe(true));
    expect(seen).toEqual(['en']);
  });
});
