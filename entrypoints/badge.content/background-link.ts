import { browser, type ContentScriptContext } from '#imports';
import { isMessage, type Message } from '@/lib/messages';

/**
 * Every browser.* call of the content script goes through here. After the extension is updated
 * or disabled, this copy of the script is orphaned: `ctx.isValid` turns false (and invalidates the
 * context, which removes the badge), and a call that still slips through is caught, so the page's
 * console never shows "Extension context invalidated".
 */
export interface BackgroundLink {
  send(message: Message): void;
  /** Listens to messages from the background until the context dies. */
  listen(handler: (message: Message) => void): void;
  /** The extension's version, for the wrong-match report; '' when unknown. */
  version(): string;
  /** Runs a storage write (or any browser call) only while the context is valid, errors swallowed. */
  guard(run: () => Promise<unknown>): void;
}

export function createBackgroundLink(ctx: ContentScriptContext): BackgroundLink {
  const guard = (run: () => Promise<unknown>) => {
    if (!ctx.isValid) return;
    try {
      void run().catch(() => undefined);
    } catch {
      // Invalidated between the check and the call.
    }
  };
  return {
    // No await before sendMessage: "Details" relies on the click's user gesture reaching the background.
    send: (message) => guard(() => browser.runtime.sendMessage(message)),
    listen(handler) {
      const listener = (raw: unknown) => {
        if (ctx.isValid && isMessage(raw)) handler(raw);
        // Nothing to answer: returning undefined lets other listeners respond.
      };
      guard(async () => browser.runtime.onMessage.addListener(listener));
      ctx.onInvalidated(() => {
        try {
          browser.runtime.onMessage.removeListener(listener);
        } catch {
          // Already gone with the context.
        }
      });
    },
    version() {
      try {
        return ctx.isValid ? browser.runtime.getManifest().version : '';
      } catch {
        return '';
      }
    },
    guard,
  };
}
