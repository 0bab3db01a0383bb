/**
 * What the first stage uses of its content-script context: WXT's ContentScriptContext in unit
 * tests, ./quiet-context.ts in the built first stages.
 */
export interface PageContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  setTimeout(handler: () => void, ms: number): number;
}
