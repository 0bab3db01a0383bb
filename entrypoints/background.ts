import { defineBackground } from '#imports';
import { setupCommands } from '@/data/background/commands';
import { setupContextMenu } from '@/data/background/context-menu';
import { setupPanelOpening } from '@/data/background/panel-opening';
import { setupToolbar } from '@/data/background/toolbar';

// Wiring only; each concern lives in its own file under data/background/.
export default defineBackground(() => {
  setupToolbar();
  setupPanelOpening();
  setupCommands();
  setupContextMenu();
});
