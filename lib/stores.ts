import { createStore, type StoreApi } from 'zustand/vanilla';
import { defaultSettings, sanitizeSettings, settingsItem, updateSettings, type Settings, type SettingsItem, type SettingsPatch } from './settings';

export interface SettingsState {
  settings: Settings;
  hasHydrated: boolean;
  /**
   * Writes a patch to storage; every bound store, this one included, follows through watch().
   * The patch applies to what storage holds now, not to this store's copy, so a write made
   * before hydration or just after another context's write loses nothing.
   */
  update(patch: SettingsPatch): Promise<void>;
  /** Writes the defaults back (the popup's "reset"). */
  reset(): Promise<void>;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(item: SettingsItem = settingsItem()): SettingsStore {
  // One write at a time per store: two quick clicks must not both start from the same old value.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (write: () => Promise<void>): Promise<void> => {
    const next = queue.then(write);
    queue = next.catch(() => undefined);
    return next;
  };
  return createStore<SettingsState>()(() => ({
    settings: defaultSettings(),
    hasHydrated: false,
    update: (patch) => enqueue(() => updateSettings(item, patch)),
    reset: () => enqueue(() => item.setValue(defaultSettings())),
  }));
}

/** Hydrates the store from storage and follows it. Returns the unwatch function. */
export function bindSettings(store: SettingsStore, item: SettingsItem = settingsItem()): () => void {
  let live = true;
  // A change seen by watch() is newer than whatever the first read brings back later.
  let hasChanged = false;
  const unwatch = item.watch((raw) => {
    hasChanged = true;
    store.setState({ settings: sanitizeSettings(raw), hasHydrated: true });
  });
  item.getValue().then(
    (raw) => live && !hasChanged && store.setState({ settings: sanitizeSettings(raw), hasHydrated: true }),
    // An unreadable storage area still leaves a working UI on defaults.
    () => live && !hasChanged && store.setState({ hasHydrated: true }),
  );
  return () => {
    live = false;
    unwatch();
  };
}

/** The store's settings once it has hydrated: at once if it has, else at its first hydration. */
export function hydratedSettings(store: SettingsStore): Promise<Settings> {
  const now = store.getState();
  if (now.hasHydrated) return Promise.resolve(now.settings);
  return new Promise((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (!state.hasHydrated) return;
      unsubscribe();
      resolve(state.settings);
    });
  });
}

/**
 * Calls `run` each time the selected part of the settings changes (compared with ===), its first
 * hydration included: long-lived contexts such as the background follow a setting this way.
 */
export function watchSetting<T>(store: SettingsStore, select: (settings: Settings) => T, run: (value: T) => void): () => void {
  let last = select(store.getState().settings);
  return store.subscribe((state) => {
    const next = select(state.settings);
    if (next === last) return;
    last = next;
    run(next);
  });
}
