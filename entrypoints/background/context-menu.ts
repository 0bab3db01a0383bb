import { browser } from '#imports';
import { BACKGROUND_MESSAGES } from '../../locales/background';
import { openPanelForTab } from '../../lib/browser/side-panel';
import { detectPage } from '../../lib/detect/detect';
import { resolveLang, type LangPref } from '../../lib/i18n';
import { HOST_PATTERNS } from '../../lib/detect/hosts';
import { hydratedSettings, watchSetting, type SettingsStore } from '../../lib/stores';

/** The one context-menu item: "Charte PME : détails de la charte", on listed marketplaces only. */
export const MENU_ID = 'charte-pme-details';

function menuTitle(language: LangPref): string {
  return BACKGROUND_MESSAGES[resolveLang(language, globalThis.navigator?.language)]['sidepanel.menu.details'];
}

async function createMenu(settings: SettingsStore): Promise<void> {
  const title = menuTitle((await hydratedSettings(settings)).language);
  // Menus outlive service-worker restarts but not every update: start from a clean slate.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title,
    contexts: ['page', 'selection', 'link', 'image'],
    // Only on the marketplaces we hold host permissions for: the same generated list.
    documentUrlPatterns: [...HOST_PATTERNS],
  });
}

/**
 * Registers the menu on install, update and browser start, opens the charter from it, and follows the
 * language setting. The click is a user action in both browsers: the panel opens synchronously.
 */
export function setupContextMenu(settings: SettingsStore): void {
  // Firefox for Android has no context menus: the popup's button is the way to the details there.
  if (!browser.contextMenus?.onClicked) return;
  const create = () => void createMenu(settings).catch(() => undefined);
  browser.runtime.onInstalled.addListener(create);
  // Firefox's MV2 build has a persistent background page, whose menus do not survive a browser
  // restart; recreating them at startup is harmless in Chrome (removeAll comes first).
  browser.runtime.onStartup.addListener(create);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    // Nothing awaited before opening: the user action would be lost.
    const url = info.pageUrl ?? tab?.url;
    openPanelForTab(tab?.id, (url && detectPage(url).platform) || undefined);
  });

  // The background's settings in memory: a new language retitles the item.
  watchSetting(
    settings,
    (s) => s.language,
    (language) => void browser.contextMenus.update(MENU_ID, { title: menuTitle(language) }).catch(() => undefined),
  );
}
