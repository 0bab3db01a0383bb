// Questions the browser tests ask the extension's service worker, where `chrome.*` has the
// extension's permissions (host permissions only: tab URLs show for the marketplaces alone).
import type { ExtensionHandle } from './harness';

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { getManifest(): LoadedManifest };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
};

/** The id of the tab showing exactly `url`, as the extension sees it (marketplace tabs only). */
export function tabIdOf(ext: ExtensionHandle, url: string): Promise<number | undefined> {
  return ext.serviceWorker.evaluate(async (target) => {
    const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await tabs.query({})).find((t) => t.url === target)?.id;
  }, url);
}

/** What the toolbar button shows for a tab: its badge text (the status mark) and its title. */
export function toolbarOf(ext: ExtensionHandle, tabId: number): Promise<{ text: string; title: string }> {
  return ext.serviceWorker.evaluate(async (id) => {
    const { action } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { text: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Turns the badge on or off everywhere (the `enabled` setting) by writing storage, as the popup does. */
export function setBadgeEnabled(ext: ExtensionHandle, enabled: boolean): Promise<void> {
  return ext.serviceWorker.evaluate(async (on) => {
    type Sync = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
    const { sync } = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage;
    const current = (await sync.get('settings')).settings ?? {};
    await sync.set({ settings: { ...(current as object), enabled: on } });
  }, enabled);
}

export interface LoadedManifest {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/** The manifest as Chromium loaded it. */
export function readLoadedManifest(ext: ExtensionHandle): Promise<LoadedManifest> {
  return ext.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getManifest());
}

/** The sites the badge is hidden on, as stored (what "Hide on this site" and the popup write). */
export function hiddenSitesOf(ext: ExtensionHandle): Promise<string[]> {
  return ext.serviceWorker.evaluate(async () => {
    type Sync = { get(k: string): Promise<Record<string, { hiddenSites?: string[] } | undefined>> };
    const { sync } = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage;
    return (await sync.get('settings')).settings?.hiddenSites ?? [];
  });
}
