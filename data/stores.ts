import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_SETTINGS, sanitizeSettings, settingsItem, type Settings } from './settings';

export interface SettingsState {
  settings: Settings;
  hasHydrated: boolean;
  /** Writes a patch to storage; every bound store, this one included, follows through watch(). */
  update(patch: Partial<Settings>): Promise<void>;
  /** Writes the defaults back (the popup's "reset"). */
  reset(): Promise<void>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(item = settingsItem()): SettingsStore {
  return createStore<SettingsState>()((_set, get) => ({
    settings: { ...DEFAULT_SETTINGS, hiddenSites: [] },
    hasHydrated: false,
    update: (patch) => item.setValue(sanitizeSettings({ ...get().settings, ...patch })),
    reset: () => item.setValue({ ...DEFAULT_SETTINGS, hiddenSites: [] }),
  }));
}

/** Hydrates the store from storage and follows it. Returns the unwatch function. */
export function bindSettings(store: SettingsStore, item = settingsItem()): () => void {
  let live = true;
  const unwatch = item.watch((raw) => store.setState({ settings: sanitizeSettings(raw), hasHydrated: true }));
  item.getValue().then(
    (raw) => live && store.setState({ settings: sanitizeSettings(raw), hasHydrated: true }),
    // An unreadable storage area still leaves a working UI on defaults.
    () => live && store.setState({ hasHydrated: true }),
  );
  return () => {
    live = false;
    unwatch();
  };
}
