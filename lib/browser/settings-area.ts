import type { NativeExt, StorageArea } from './native-api';

// Where the settings live, for both of their readers: WXT's storage item (lib/settings.ts) in the
// extension's pages and the background, and the first stage's single storage call
// (lib/badge/page/page-settings.ts), which carries no storage wrapper.

/** The key the settings are stored under, in the area settingsArea() names. */
export const SETTINGS_KEY = 'settings';

/**
 * storage.sync when the browser has it, so settings follow the user across devices (it acts
 * like local storage when the user does not sync); storage.local otherwise. Chosen lazily:
 * nothing runs at import time.
 */
export function settingsArea(): 'sync' | 'local' {
  const g = globalThis as { browser?: { storage?: { sync?: unknown } }; chrome?: { storage?: { sync?: unknown } } };
  return (g.browser?.storage?.sync ?? g.chrome?.storage?.sync) ? 'sync' : 'local';
}

/** The area the settings live in, of the browser's own API (what the first stage reads them from). */
export function settingsStorageOf(api: Pick<NativeExt, 'storage'>): StorageArea {
  return settingsArea() === 'sync' && api.storage.sync ? api.storage.sync : api.storage.local;
}
