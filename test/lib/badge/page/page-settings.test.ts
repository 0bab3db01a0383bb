import { describe, expect, it, vi } from 'vitest';
import type { NativeExt, StorageListener } from '@/lib/browser/native-api';
import { readPageSettings, watchPageSettings } from '@/lib/badge/page/page-settings';
import { defaultSettings } from '@/lib/settings';

/** The browser's own API as a first stage sees it, with the settings area's answer chosen by the test. */
function fakeApi(get: () => Promise<Record<string, unknown>>) {
  const listeners = new Set<StorageListener>();
  const local = vi.fn(async () => ({}));
  const api: NativeExt = {
    runtime: { id: 'test', sendMessage: async () => undefined, onMessage: { addListener: () => undefined, removeListener: () => undefined } },
    storage: {
      sync: { get: vi.fn(get) },
      local: { get: local },
      onChanged: { addListener: (f) => listeners.add(f), removeListener: (f) => listeners.delete(f) },
    },
  };
  const emit = (changes: Record<string, { newValue?: unknown }>, area: string) => [...listeners].forEach((l) => l(changes, area));
  return { api, emit, listeners, local };
}

const STORED = { enabled: false, position: 'top-left', openByDefault: true, hiddenSites: ['fnac.com'], snoozeUntil: 0, language: 'en' };

describe('readPageSettings', () => {
  it('reads the settings from the settings area in one call', async () => {
    const { api, local } = fakeApi(async () => ({ settings: STORED }));
    await expect(readPageSettings(api)).resolves.toEqual(STORED);
    expect(api.storage.sync!.get).toHaveBeenCalledExactlyOnceWith('settings');
    expect(local).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing stored', {}],
    ['a string', { settings: 'garbage' }],
    ['null', { settings: null }],
    ['an array', { settings: [1, 2, 3] }],
    ['fields of the wrong type', { settings: { enabled: 'yes', position: 'middle', openByDefault: 1, hiddenSites: 'amazon.fr', snoozeUntil: 'soon', language: 'de' } }],
  ])('falls back to the defaults on %s', async (_name, stored) => {
    const { api } = fakeApi(async () => stored);
    await expect(readPageSettings(api)).resolves.toEqual(defaultSettings());
  });

  it('keeps each valid field and replaces the others', async () => {
    const { api } = fakeApi(async () => ({ settings: { enabled: false, position: 'middle', hiddenSites: ['amazon.fr', 42, 'not a host'], language: 'en', extra: true } }));
    await expect(readPageSettings(api)).resolves.toEqual({ ...defaultSettings(), enabled: false, hiddenSites: ['amazon.fr'], language: 'en' });
  });

  it('answers the defaults, without throwing, when the storage call fails', async () => {
    await expect(readPageSettings(fakeApi(() => Promise.reject(new Error('Extension context invalidated.'))).api)).resolves.toEqual(defaultSettings());
    await expect(
      readPageSettings(
        fakeApi(() => {
          throw new Error('no storage');
        }).api,
      ),
    ).resolves.toEqual(defaultSettings());
  });
});

describe('watchPageSettings', () => {
  it('calls back with the new settings, checked, when the settings change in their area', () => {
    const { api, emit } = fakeApi(async () => ({}));
    const onChange = vi.fn();
    watchPageSettings(api, onChange);
    emit({ settings: { newValue: STORED } }, 'sync');
    expect(onChange).toHaveBeenLastCalledWith(STORED);
    // Removed from storage: the defaults.
    emit({ settings: {} }, 'sync');
    expect(onChange).toHaveBeenLastCalledWith(defaultSettings());
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys and other areas', () => {
    const { api, emit } = fakeApi(async () => ({}));
    const onChange = vi.fn();
    watchPageSettings(api, onChange);
    emit({ other: { newValue: 1 } }, 'sync');
    emit({ settings: { newValue: STORED } }, 'local');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('stops with the function it returns, even when the listener is already gone with an orphaned context', () => {
    const { api, emit, listeners } = fakeApi(async () => ({}));
    const onChange = vi.fn();
    const stop = watchPageSettings(api, onChange);
    stop();
    expect(listeners.size).toBe(0);
    emit({ settings: { newValue: STORED } }, 'sync');
    expect(onChange).not.toHaveBeenCalled();
    api.storage.onChanged.removeListener = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(() => watchPageSettings(api, onChange)()).not.toThrow();
  });
});
