import { bindSettings, createSettingsStore, type SettingsStore } from '@/lib/stores';

/** The background's settings in memory, as entrypoints/background/index.ts wires them. */
export function backgroundSettings(): SettingsStore {
  const store = createSettingsStore();
  bindSettings(store);
  return store;
}
