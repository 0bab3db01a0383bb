import { defineBackground } from '#imports';
import { setupCardLoader } from '@/entrypoints/background/card-loader';
import { setupCommands } from '@/entrypoints/background/commands';
import { setupContextMenu } from '@/entrypoints/background/context-menu';
import { setupPanelOpening } from '@/entrypoints/background/panel-opening';
import { setupToolbar } from '@/entrypoints/background/toolbar';

// Wiring only; each concern lives in its own file under data/background/.
export default defineBackground(() => {
  setupToolbar();
  setupPanelOpening();
  setupCommands();
  setupContextMenu();
  setupCardLoader();
});
