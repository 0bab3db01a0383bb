import { defineSettingsItem } from '@/lib/settings';
import { bindSettings, createSettingsStore, type SettingsStore } from '@/lib/stores';

/** Another extension context (the badge, the popup, the options page) with its own bound store. */
export function otherContext(): SettingsStore {
  const item = defineSettingsItem();
  const store = createSettingsStore(item);
  bindSettings(store, item);
  return store;
}
