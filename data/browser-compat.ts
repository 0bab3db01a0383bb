import { browser } from '#imports';

// The only file that knows sidePanel (Chrome) from sidebarAction (Firefox).

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; setPanel?(details: { panel: string; tabId?: number }): Promise<void> };
}

function firefoxSidebar(): FirefoxSidebar['sidebarAction'] {
  return (browser as unknown as FirefoxSidebar).sidebarAction;
}

/** Whether this browser can open a side panel or sidebar at all. */
export function hasSidePanel(): boolean {
  return Boolean(firefoxSidebar() ?? browser.sidePanel);
}

/**
 * Opens the charter panel from a click in an extension page (popup). Call it synchronously in
 * the click handler: an await before it drops the user gesture in both browsers.
 * Returns false when neither API exists (the caller then opens sidepanel.html in a tab).
 */
export function openPanelFromExtensionPage(windowId: number | undefined): boolean {
  const ff = firefoxSidebar();
  if (ff) {
    void ff.open().catch(() => undefined);
    return true;
  }
  if (browser.sidePanel && windowId != null) {
    void browser.sidePanel.open({ windowId }).catch(() => undefined);
    return true;
  }
  return false;
}

/** The side panel page as a plain tab URL (Firefox "Details" from a page, browsers without panels). */
export function panelPageUrl(platformId?: string): string {
  const query = platformId ? `?platform=${encodeURIComponent(platformId)}` : '';
  return browser.runtime.getURL(`/sidepanel.html${query}` as '/sidepanel.html');
}
