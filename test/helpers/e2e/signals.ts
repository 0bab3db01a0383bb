// Signals that the extension's work has run, for the browser tests that assert that something did
// NOT happen (no badge, no second badge, no tab, no request): waiting for the work to have run and
// decided, not a fixed time, which a loaded machine can overrun and an idle one wastes.
//
// Everything here goes through the extension itself (its service worker, and a sentinel it injects
// into its own content-script world, which the page cannot see): nothing is added to the page, so
// a page where the badge does not show still cannot tell that the extension is there.
// Relative, not '@/': the Firefox suite, which has no such alias, uses this file too.
import { NAVIGATION_COALESCE_MS } from '../../../lib/browser/navigation';
import type { Page } from 'playwright-core';
import type { ExtensionHandle } from './harness';
import { tabIdOf } from './service-worker';

/** A sentinel that cannot finish (a tab that never paints) fails the test instead of hanging it. */
const SENTINEL_TIMEOUT_MS = 15_000;

/**
 * The deadline the extension gives its own idle work (the seller watch's first reading: 1 s). An
 * idle callback with a deadline no earlier, asked later, runs after it whether the page goes idle
 * or not: a page restored from the back/forward cache may not (Chromium then runs no idle callback
 * until the deadline).
 */
const IDLE_DEADLINE_MS = 1000;

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

/**
 * Resolves once the extension's content scripts in the tab showing `url` have done what they had
 * started, and decided: the service worker injects a sentinel into the extension's content-script
 * world of that tab (scripting.executeScript, as the card is injected), which runs after the first
 * stage (that one runs at document_start and decides when the document is parsed; the sentinel
 * comes later, so call this after the page's DOMContentLoaded or a navigation's commit). In that
 * world, one after the other, the sentinel
 * 1. lets a timer of `pendingTimerMs` run out (by default the coalescing of in-page navigations;
 *    the seller watch's debounce where a test changed the offer block): timers of one page with
 *    the same delay fire in the order they were set, so the extension's pending one has fired;
 * 2. reads the settings as the first stage does: storage calls of one world are answered in order,
 *    so the first stage's own read (made before) has been answered and applied, and with it the
 *    decision to mount the badge or not (taken synchronously on that answer);
 * 3. sends the background a message and waits for its dispatch: whatever the content scripts sent
 *    before (a page report, a card or panel request) has been handled, and any tab it opens exists;
 * 4. waits for the page's next frame and a task after it: the looks the badge takes after a paint
 *    (its corner, its inline box) have run;
 * 5. waits for an idle moment of the page (or IDLE_DEADLINE_MS): anything deferred to idle has run.
 * Only marketplace tabs (the extension's host permissions) can be asked.
 */
export async function extensionSettled(ext: ExtensionHandle, url: string, pendingTimerMs = NAVIGATION_COALESCE_MS): Promise<void> {
  const tabId = await tabIdOf(ext, url);
  if (tabId === undefined) throw new Error(`extensionSettled: no marketplace tab shows ${url}`);
  await awaitSentinel(ext.serviceWorker.evaluate(sentinelInjection(tabId, pendingTimerMs)), url);
}

/**
 * The sentinel of extensionSettled, run in the content-script world. Its source is what is
 * injected: an anonymous arrow with no named function inside (those would carry the test
 * runner's helper, which the tab does not have).
 */
const SENTINEL = async (ms: number, idleDeadlineMs: number) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  type Api = { storage: { sync?: StorageLike; local: StorageLike }; runtime: { sendMessage(m: object): Promise<unknown> } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  await (api.storage.sync ?? api.storage.local).get('settings');
  await api.runtime.sendMessage({ type: 'e2e/sentinel' }).catch(() => undefined);
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: idleDeadlineMs }));
  return 'settled';
};

type StorageLike = { get(key: string): Promise<unknown> };

/**
 * Code for an extension context (the service worker, or an extension page in Firefox) that
 * injects the sentinel into the tab's content-script world and answers its result. A string, not
 * a function: the sentinel's source goes in as it is, and the debugging protocol compiles it
 * (an extension's own policy forbids compiling code from a string).
 */
export function sentinelInjection(tabId: number, pendingTimerMs: number): string {
  return `(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const [injection] = await api.scripting.executeScript({ target: { tabId: ${tabId} }, args: [${pendingTimerMs}, ${IDLE_DEADLINE_MS}], func: ${SENTINEL.toString()} });
    return injection?.result;
  })()`;
}

/** Waits for an injected sentinel's answer; one that cannot finish (a tab that never paints) fails the test instead of hanging it. */
export async function awaitSentinel(run: Promise<unknown>, url: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the sentinel in ${url} did not finish in ${SENTINEL_TIMEOUT_MS} ms (a tab that never paints?)`)), SENTINEL_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([run, timeout]);
    if (result !== 'settled') throw new Error(`the sentinel in ${url} answered ${String(result)}`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The same wait in the page's own world: a timer of `pendingTimerMs` set now fires after any the
 * page's scripts (the content scripts included: one page, one list of timers and frames) set
 * before with that delay, then the next frame, then an idle moment (or IDLE_DEADLINE_MS). For a page the extension does
 * not run on, for a cost compared with and without it, and where a test times the page's main
 * thread (its long tasks): there the sentinel's own work (an injection, a storage read, a message)
 * would be in the measure. It covers work already under way in the page, not the answer of a
 * storage read or of the background: the badge must already be in (or its decision made).
 */
export function pageSettled(page: Page, pendingTimerMs = 0): Promise<void> {
  return page.evaluate(
    ([ms, deadline]) =>
      new Promise<void>((resolve) =>
        setTimeout(() => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: deadline }), 0)), ms),
      ),
    [pendingTimerMs, IDLE_DEADLINE_MS] as const,
  );
}

/**
 * The tabs showing one of the extension's own pages (`welcome.html`, `sidepanel.html`), as the
 * extension sees them. Asked after the work that would open one has run (extensionSettled, or a
 * refusal the test watched), this sees any tab it opened: tabs.create has made its tab when it
 * answers, while a Playwright page for it may still be on its way.
 */
export function extensionPageTabs(ext: ExtensionHandle, pagePath: string): Promise<string[]> {
  return ext.serviceWorker.evaluate(async (prefix) => {
    const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await tabs.query({})).map((t) => t.url ?? '').filter((u) => u.startsWith(prefix));
  }, `chrome-extension://${ext.extensionId}/${pagePath.replace(/^\//, '')}`);
}
