// The badge's shadow root is closed (issue 14): no page script, and so no Playwright locator, can
// reach inside. The browser tests go in through the debugging protocol instead (DOM.getDocument
// with pierce: true), which no page has; clicks and keys stay real input events (isTrusted).
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

interface DomNode {
  nodeName: string;
  /** Name, value, name, value… */
  attributes?: string[];
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

/** The badge's host: whatever its tag (a page that defined ours first gets a built-in one), it carries data-charte-pme. */
function findHost(node: DomNode): DomNode | undefined {
  if (node.attributes?.some((a, i) => i % 2 === 0 && a === 'data-charte-pme') && node.shadowRoots?.length) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/** The badge's shadow root as the protocol sees it (type 'closed' in every shipped build), or null. */
export async function badgeShadow(page: Page): Promise<{ objectId: string; type: string } | null> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const shadow = findHost(root)?.shadowRoots?.[0] as (DomNode & { shadowRootType?: string }) | undefined;
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return object.objectId ? { objectId: object.objectId, type: shadow.shadowRootType ?? '' } : null;
}

/** Runs `fn(shadowRoot, arg)` against the badge's shadow root; null when there is no badge. */
export async function inBadge<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | null> {
  const shadow = await badgeShadow(page);
  if (!shadow) return null;
  const cdp = await session(page);
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: shadow.objectId,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg ?? null }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`inBadge: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as R;
}

/** The text the badge shows (pill and card). */
export function badgeText(page: Page): Promise<string | null> {
  return inBadge(page, (root) => root.textContent ?? '');
}

/** The accessible name (aria-label or text) of the focused element inside the badge, or null. */
export function badgeFocus(page: Page): Promise<string | null> {
  return inBadge(page, (root) => {
    const el = root.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : null;
  });
}

/** A real mouse click (trusted) on the badge's button whose accessible name matches `name`. */
export async function clickInBadge(page: Page, name: string | RegExp): Promise<void> {
  const source = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
  let box: { x: number; y: number } | null = null;
  for (let i = 0; i < 50 && !box; i++) {
    box = await inBadge(
      page,
      (root, pattern: string) => {
        const re = new RegExp(pattern);
        for (const el of root.querySelectorAll('button, a')) {
          const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
          if (!re.test(label)) continue;
          // Under the product title (the default position) the pill may be below the fold: a
          // shopper scrolls to it before clicking (to the middle: clear of a bottom cookie banner).
          el.scrollIntoView({ block: 'center', behavior: 'instant' });
          const r = el.getBoundingClientRect();
          // Not while the badge waits, hidden, for a free corner: a click there would reach the page.
          const isVisible = getComputedStyle(el).visibility === 'visible';
          if (isVisible && r.width > 0 && r.height > 0) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
        return null;
      },
      source,
    );
    if (!box) await page.waitForTimeout(100);
  }
  if (!box) throw new Error(`No button named ${String(name)} in the badge`);
  await page.mouse.click(box.x, box.y);
}

/** Waits until `check` holds for the badge's shadow root (polls, 5 s at most). */
export async function waitInBadge(page: Page, check: (root: ShadowRoot) => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await inBadge(page, check)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`waitInBadge timed out: ${check.toString()}`);
}

/** Buttons in the badge without an accessible name (an accessibility floor where axe cannot reach). */
export function unnamedBadgeButtons(page: Page): Promise<number | null> {
  return inBadge(page, (root) => [...root.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).length);
}
