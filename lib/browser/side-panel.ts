import { browser } from '#imports';

// The only file that knows sidePanel (Chrome) from sidebarAction (Firefox, absent on Android).

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; setPanel?(details: { panel: string; tabId?: number }): Promise<void> };
}

/** Firefox's sidebar; undefined where it does not exist (Firefox for Android, Chrome). */
function firefoxSidebar(): FirefoxSidebar['sidebarAction'] {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  return typeof sidebar?.open === 'function' ? sidebar : undefined;
}

/** Chrome's side panel, only if it can be opened. */
function chromeSidePanel(): typeof browser.sidePanel | undefined {
  return typeof browser.sidePanel?.open === 'function' ? browser.sidePanel : undefined;
}

/**
 * The id of the window an extension page runs in; undefined where there is no windows API
 * (Firefox for Android, whose popup is a tab of its own) or it fails. Never throws.
 */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
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
  const sidePanel = chromeSidePanel();
  if (sidePanel && windowId != null) {
    void sidePanel.open({ windowId }).catch(() => undefined);
    return true;
  }
  return false;
}

/** The side panel page as a plain tab URL (Firefox "Details" from a page, browsers without panels). */
function panelPageUrl(platformId?: string): string {
  const query = platformId ? `?platform=${encodeURIComponent(platformId)}` : '';
  return browser.runtime.getURL(`/sidepanel.html${query}` as '/sidepanel.html');
}

/** Opens the side panel page in a tab, marking the platform (tabs.create needs no permission). */
export function openPanelPageInTab(platformId?: string): void {
  void browser.tabs.create({ url: panelPageUrl(platformId) }).catch(() => undefined);
}

/** How openPanelForTab opened the charter, for callers and tests. */
export type PanelOpening = 'sidebar' | 'side-panel' | 'tab';

/**
 * Opens the charter panel from a background listener that carries a user action (a context-menu
 * click, a keyboard command). Call it synchronously in the listener, with nothing awaited before:
 * Firefox accepts sidebarAction.open() only there, and Chrome's sidePanel.open() needs the gesture.
 * Without either API (Chrome before 116, other browsers), opens sidepanel.html in a tab instead,
 * marking the platform of the page.
 */
export function openPanelForTab(tabId: number | undefined, platformId?: string): PanelOpening {
  const ff = firefoxSidebar();
  if (ff) {
    void ff.open().catch(() => undefined);
    return 'sidebar';
  }
  const sidePanel = chromeSidePanel();
  if (sidePanel && tabId != null) {
    void sidePanel.open({ tabId }).catch(() => undefined);
    return 'side-panel';
  }
  openPanelPageInTab(platformId);
  return 'tab';
}

/**
 * Opens Chrome's side panel for a tab, from a message sent by a click in the page. Call it
 * synchronously in the message listener (no await before it), or the user gesture is lost.
 * Returns false when this browser has no such API (Firefox cannot open its sidebar from a page);
 * `onError` gets Chrome's refusal (no gesture, panel disabled).
 */
export function openSidePanelForTab(tabId: number, onError: (error: unknown) => void): boolean {
  const sidePanel = chromeSidePanel();
  if (!sidePanel) return false;
  try {
    void sidePanel.open({ tabId }).catch(onError);
  } catch (error) {
    onError(error);
  }
  return true;
}
