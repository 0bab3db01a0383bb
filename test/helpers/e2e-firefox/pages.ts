// Questions the Firefox suite asks its tabs: the badge host, controls by role and name, the
// toolbar title the extension set for a tab, and which hosts belong to Firefox itself.
import type { ElementHandle, Page } from 'puppeteer-core';
import { awaitSentinel, sentinelInjection } from '../e2e/signals';
import { NAVIGATION_COALESCE_MS } from '../../../lib/browser/navigation';

export interface BadgeHost {
  platform?: string;
  status?: string;
  sellerKind?: string;
  /** How many `<charte-pme-badge>` hosts the page has: never more than one. */
  count: number;
}

/**
 * Waits for the badge host and reads its public attributes. Only the host: its shadow root is
 * closed. `data-seller-kind` is there once the card has been opened (see openBadgeCard).
 */
export async function badgeHost(page: Page, timeout = 10_000): Promise<BadgeHost> {
  await page.waitForSelector('charte-pme-badge[data-status]', { timeout });
  return page.evaluate(() => {
    const hosts = document.querySelectorAll<HTMLElement>('charte-pme-badge');
    const { platform, status, sellerKind } = hosts[0]!.dataset;
    return { platform, status, sellerKind, count: hosts.length };
  });
}

/**
 * Opens the badge's card with a real click on the pill, and waits for what only the card does:
 * the seller read (`data-seller-kind` on the host). The shadow root is closed, so the pill is
 * found by geometry: it is the host's first line, at its start (in a corner and under the title).
 */
export async function openBadgeCard(page: Page, timeout = 10_000): Promise<BadgeHost> {
  await badgeHost(page, timeout);
  const point = await page.evaluate(() => {
    const host = document.querySelector('charte-pme-badge')!;
    host.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = host.getBoundingClientRect();
    // The pill is at least 32 px tall; its left end, past the rounded edge, is on every layout.
    return { x: r.left + 20, y: r.top + 16 };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('charte-pme-badge[data-seller-kind]', { timeout });
  return badgeHost(page, timeout);
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
 * The Chromium suite's extensionSettled (test/helpers/e2e/signals.ts), asked from an extension
 * tab: the sentinel goes into the extension's content-script world of the tab showing `url`
 * (scripting.executeScript) and answers once the first stage's work there has run and decided.
 */
export async function extensionSettled(extensionTab: Page, url: string, pendingTimerMs = NAVIGATION_COALESCE_MS): Promise<void> {
  const tabId = await extensionTab.evaluate(async (target) => {
    type Ext = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    return (await (globalThis as unknown as { browser: Ext }).browser.tabs.query({})).find((t) => t.url === target)?.id;
  }, url);
  if (tabId == null) throw new Error(`extensionSettled: no marketplace tab shows ${url}`);
  await awaitSentinel(extensionTab.evaluate(sentinelInjection(tabId, pendingTimerMs)), url);
}

/**
 * A message from the extension tab through the background and back: once answered (or refused
 * for want of an answer), the background has handled everything sent to it before.
 */
export function backgroundRoundTrip(extensionTab: Page): Promise<void> {
  return extensionTab.evaluate(async () => {
    type Ext = { runtime: { sendMessage(m: object): Promise<unknown> } };
    await (globalThis as unknown as { browser: Ext }).browser.runtime.sendMessage({ type: 'e2e/sentinel' }).catch(() => undefined);
  });
}

/**
 * Firefox's own services, which a test profile still tries to reach at start-up (puppeteer's
 * profile points most of them at dummy.test). The extension never names such a host.
 */
export function mozillaOwnHost(attempt: string): boolean {
  const host = new URL(attempt).hostname;
  return host === 'dummy.test' || /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/.test(host);
}
