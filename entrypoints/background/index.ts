import { defineBackground } from '#imports';
import { setupCommands } from '@/entrypoints/background/commands';
import { setupContextMenu } from '@/entrypoints/background/context-menu';
import { setupPanelOpening } from '@/entrypoints/background/panel-opening';
import { setupToolbar } from '@/entrypoints/background/toolbar';
import { setupWelcome } from '@/entrypoints/background/welcome';

// Wiring only; each concern lives in its own file under data/background/.
export default defineBackground(() => {
  setupToolbar();
  setupPanelOpening();
  setupCommands();
  setupContextMenu();
  setupWelcome();
});
