import { nativeExt } from '../../browser/native-api';

/**
 * Stands in for WXT's ContentScriptContext in the first stages (modules/first-stage/index.ts aliases
 * `wxt/utils/content-script-context` to this file for them). WXT's context announces every start
 * to the page: a window message and a document event both named after the extension's id, and a
 * page that forges the event removes our badge (issue 14). This one tells nobody: an older copy
 * of the script in the same isolated world is found through that world's global, which pages
 * cannot reach; a copy from before an extension reload notices at its next event (runtime.id
 * is gone) and cleans up after itself.
 */
const PREVIOUS = '__chartePmeFirstStage';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  // WXT's entry passes the script's name and options; nothing here needs them.
  constructor() {
    const g = globalThis as Record<string, unknown>;
    (g[PREVIOUS] as ContentScriptContext | undefined)?.notifyInvalidated();
    g[PREVIOUS] = this;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    if (!this.signal.aborted && !nativeExt()) this.notifyInvalidated();
    return !this.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  setTimeout(handler: () => void, ms: number): number {
    // The abort listener goes when the timer fires: a timer a second must not pile up listeners.
    const cancel = () => clearTimeout(id);
    const id = setTimeout(() => {
      this.signal.removeEventListener('abort', cancel);
      if (this.isValid) handler();
    }, ms) as unknown as number;
    this.signal.addEventListener('abort', cancel);
    return id;
  }

  notifyInvalidated(): void {
    if (!this.signal.aborted) this.controller.abort();
  }
}
