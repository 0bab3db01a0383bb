// Questions the Firefox suite asks its tabs: the badge host, controls by role and name, the
// toolbar title the extension set for a tab, and which hosts belong to Firefox itself.
import type { ElementHandle, Page } from 'puppeteer-core';

export interface BadgeHost {
  platform?: string;
  status?: string;
  sellerKind?: string;
  /** How many `<charte-pme-badge>` hosts the page has: never more than one. */
  count: number;
}

/**
 * Waits for the badge host and reads its public attributes. Only the host: its shadow root may be
 * closed. `data-seller-kind` is set once the seller is read, so it is awaited too.
 */
export async function badgeHost(page: Page, timeout = 10_000): Promise<BadgeHost> {
  await page.waitForSelector('charte-pme-badge[data-seller-kind]', { timeout });
  return page.evaluate(() => {
    const hosts = document.querySelectorAll<HTMLElement>('charte-pme-badge');
    const { platform, status, sellerKind } = hosts[0]!.dataset;
    return { platform, status, sellerKind, count: hosts.length };
  });
}

/**
 * Clicks, with the real mouse, the first element of that role whose label or aria-label matches.
 * Polled from here: waitForFunction compiles code in the page, which an extension page's CSP forbids.
 */
export async function clickByRole(page: Page, role: string, name: RegExp, timeout = 5_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(
      (r, source, flags) => {
        const pattern = new RegExp(source, flags);
        const nameOf = (el: Element) =>
          el.getAttribute('aria-label') ||
          [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ') ||
          el.textContent ||
          '';
        return [...document.querySelectorAll(`[role="${r}"]`)].find((el) => pattern.test(nameOf(el))) ?? null;
      },
      role,
      name.source,
      name.flags,
    );
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (element) return element.click();
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`No ${role} named ${name} in ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The toolbar button's title the extension set for the tab showing `url`, asked from an extension tab. */
export function toolbarTitleOf(extensionTab: Page, url: string): Promise<string | undefined> {
  return extensionTab.evaluate(async (target) => {
    type Ext = {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
      browserAction: { getTitle(d: object): Promise<string> };
    };
    const { tabs, browserAction } = (globalThis as unknown as { browser: Ext }).browser;
    const tab = (await tabs.query({})).find((t) => t.url === target);
    return tab?.id == null ? undefined : browserAction.getTitle({ tabId: tab.id });
  }, url);
}

/**
 * Firefox's own services, which a test profile still tries to reach at start-up (puppeteer's
 * profile points most of them at dummy.test). The extension never names such a host.
 */
export function mozillaOwnHost(attempt: string): boolean {
  const host = new URL(attempt).hostname;
  return host === 'dummy.test' || /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/.test(host);
}
