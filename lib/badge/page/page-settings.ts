import { sanitizeSettings, settingsArea, type Settings } from '../../settings';
import type { NativeExt, StorageListener } from './ext';

/** The key WXT's settings item (lib/settings.ts) stores its value under, in sync or local. */
const SETTINGS_KEY = 'settings';

/**
 * The settings in one storage call, checked field by field: no storage wrapper in the first
 * stage. The background and the popup run the item's migrations; this only reads.
 */
export async function readPageSettings(api: NativeExt): Promise<Settings> {
  try {
    const area = settingsArea();
    const got = await (area === 'sync' && api.storage.sync ? api.storage.sync : api.storage.local).get(SETTINGS_KEY);
    return sanitizeSettings(got[SETTINGS_KEY]);
  } catch {
    return sanitizeSettings(undefined);
  }
}

/** Calls back with the new settings whenever they change; returns the stop function. */
export function watchPageSettings(api: NativeExt, onChange: (settings: Settings) => void): () => void {
  const listener: StorageListener = (changes, area) => {
    if (area === settingsArea() && Object.hasOwn(changes, SETTINGS_KEY)) onChange(sanitizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  api.storage.onChanged.addListener(listener);
  return () => {
    try {
      api.storage.onChanged.removeListener(listener);
    } catch {
      // Orphaned: the listener went with the context.
    }
  };
}
