/**
 * What the first stage uses of its content-script context: WXT's ContentScriptContext in unit
 * tests, ./quiet-context.ts in the built first stages.
 */
export interface PageContext {
  readonly isValid: boolean;
  /** Aborted when this copy of the script is orphaned (update, reload, re-injection). */
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): () => void;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): number;
}
