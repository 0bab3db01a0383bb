// Questions the browser tests ask the extension's service worker, where `chrome.*` has the
// extension's permissions (host permissions only: tab URLs show for the marketplaces alone).
import type { ExtensionHandle } from './harness';

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { getManifest(): LoadedManifest };
};

/** The id of the tab showing exactly `url`, as the extension sees it (marketplace tabs only). */
export function tabIdOf(ext: ExtensionHandle, url: string): Promise<number | undefined> {
  return ext.serviceWorker.evaluate(async (target) => {
    const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await tabs.query({})).find((t) => t.url === target)?.id;
  }, url);
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
