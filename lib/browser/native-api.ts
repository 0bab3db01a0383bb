/**
 * The browser's own extension API in a first stage, without webextension-polyfill (9.6 kB):
 * Firefox's `browser` and Chrome's MV3 `chrome` both return promises for what is used here.
 */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}
interface Listeners<F> {
  addListener(f: F): void;
  removeListener(f: F): void;
}
export type MessageListener = (message: unknown, sender: unknown, sendResponse: (r?: unknown) => void) => unknown;
export type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

export interface NativeExt {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listeners<MessageListener>;
  };
  storage: { sync?: StorageArea; local: StorageArea; onChanged: Listeners<StorageListener> };
}

const globals = () => globalThis as { browser?: NativeExt; chrome?: NativeExt };

/** The extension API, or undefined once this copy of the script is orphaned (extension reloaded). */
export function nativeExt(): NativeExt | undefined {
  const g = globals();
  const api = g.browser?.runtime ? g.browser : g.chrome;
  // An orphan's runtime.id reads undefined (it does not throw).
  return api?.runtime?.id ? api : undefined;
}

/**
 * Only the storage part, for the document_start script: a script injected at document_start is
 * not orphaned yet, and not touching `runtime` there spares the browser building that part of the
 * API while the page loads (the first stage uses it once the document is parsed).
 */
export function storageApi(): Pick<NativeExt, 'storage'> | undefined {
  const g = globals();
  return g.browser?.storage ? g.browser : g.chrome?.storage ? g.chrome : undefined;
}
