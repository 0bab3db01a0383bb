import { defineBackground } from '#imports';
import { setupLazyScriptLoader } from '@/entrypoints/background/lazy-scripts';
import { setupCommands } from '@/entrypoints/background/commands';
import { setupContextMenu } from '@/entrypoints/background/context-menu';
import { setupPanelOpening } from '@/entrypoints/background/panel-opening';
import { setupToolbar } from '@/entrypoints/background/toolbar';
import { bindSettings, createSettingsStore } from '@/lib/stores';
import { setupWelcome } from '@/entrypoints/background/welcome';

// Wiring only; each concern lives in its own file beside this one.
export default defineBackground(() => {
  // The settings in memory for the background's lifetime: read once, then followed through
  // storage.onChanged, never read again per message.
  const settings = createSettingsStore();
  bindSettings(settings);
  setupToolbar(settings);
  setupPanelOpening();
  setupCommands();
  setupContextMenu(settings);
  setupWelcome();
  setupLazyScriptLoader();
});
