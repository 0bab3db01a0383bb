// Chrome's real side panel: opened from the popup (a click there is a user gesture), it is a page
// target that Playwright does not list among the context's pages, so the tests reach it through
// the debugging protocol's Target domain.
import type { CDPSession } from 'playwright-core';
import { openExtensionPage, type ExtensionHandle } from './harness';

export interface PanelTarget {
  /** Evaluates `expression` in the panel's page and returns its value. */
  evaluate<R>(expression: string): Promise<R>;
  detach(): Promise<void>;
}

/** Opens the real side panel from the popup's list (Vinted's entry) and attaches to it; null if Chrome gave none. */
export async function openRealSidePanel(ext: ExtensionHandle, timeoutMs = 5000): Promise<PanelTarget | null> {
  const popup = await openExtensionPage(ext, 'popup.html');
  await popup.getByRole('button', { name: /^Vinted : / }).click();
  const probe = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(probe);
  const end = Date.now() + timeoutMs;
  let targetId: string | undefined;
  // The panel is not a tab: the context's own pages are the tabs (sidepanel.html may be one of them).
  const tabIds = new Set<string>();
  for (const page of ext.context.pages()) {
    const session = await ext.context.newCDPSession(page);
    tabIds.add((await session.send('Target.getTargetInfo')).targetInfo.targetId);
    await session.detach();
  }
  while (!targetId && Date.now() < end) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.type === 'page' && t.url.includes('/sidepanel.html') && !tabIds.has(t.targetId))?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 100));
  }
  if (!targetId) {
    await probe.close();
    return null;
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  return {
    evaluate: <R>(expression: string) => evaluateIn<R>(cdp, sessionId, expression),
    detach: async () => {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      await probe.close();
    },
  };
}

let nextId = 0;

/** Runtime.evaluate in an attached target, through Target.sendMessageToTarget (no flat session here). */
function evaluateIn<R>(cdp: CDPSession, sessionId: string, expression: string): Promise<R> {
  const id = ++nextId;
  return new Promise<R>((resolve, reject) => {
    const onMessage = (event: { sessionId?: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: R }; exceptionDetails?: { text: string } }; error?: { message: string } };
      if (message.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      if (message.error) reject(new Error(message.error.message));
      else if (message.result?.exceptionDetails) reject(new Error(message.result.exceptionDetails.text));
      else resolve(message.result?.result?.value as R);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    const params = { expression, returnByValue: true, awaitPromise: true };
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params }) }).catch(reject);
  });
}
