import { sanitizeSettings, type Settings } from '../../settings';
import { SETTINGS_KEY, settingsArea, settingsStorageOf } from '../../browser/settings-area';
import type { NativeExt, StorageListener } from '../../browser/native-api';

/**
 * The settings in one storage call, checked field by field: no storage wrapper in the first
 * stage. The background and the popup run the item's migrations; this only reads.
 */
export async function readPageSettings(api: Pick<NativeExt, 'storage'>): Promise<Settings> {
  try {
    const got = await settingsStorageOf(api).get(SETTINGS_KEY);
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
