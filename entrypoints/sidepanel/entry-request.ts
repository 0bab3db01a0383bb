import { storage } from '#imports';
import { isRecord } from '@/lib/is-record';

/** A request, made from the popup, that the side panel show one platform's entry. */
interface EntryRequest {
  platform: string;
  at: number;
}

// Session storage: gone when the browser closes, never synced; the popup writes it just before
// the panel opens, the panel (new or already open) reads it.
const requestItem = storage.defineItem<EntryRequest | null>('session:panelEntry', { fallback: null });

// A request older than this was for a panel that never opened: a later opening must ignore it.
const FRESH_MS = 10_000;

const isRequest = (v: unknown): v is EntryRequest => isRecord(v) && typeof v.platform === 'string' && typeof v.at === 'number';

/** Asks the side panel to show a platform's entry. Never throws, awaits nothing (click handlers). */
export function requestPanelEntry(platform: string, now = Date.now()): void {
  requestItem.setValue({ platform, at: now }).catch(() => undefined);
}

/**
 * Calls `onRequest` with the platform of a fresh request (one made just before the panel opened)
 * and of every later one. Bad values are ignored. Returns the function that stops following.
 */
export function watchPanelEntry(onRequest: (platform: string) => void, now: () => number = Date.now): () => void {
  let live = true;
  const take = (v: unknown) => {
    if (live && isRequest(v) && now() - v.at < FRESH_MS) onRequest(v.platform);
  };
  let unwatch = () => {};
  try {
    unwatch = requestItem.watch(take);
    requestItem.getValue().then(take, () => undefined);
  } catch {
    // No session storage in this browser: the panel simply opens as it would without a request.
  }
  return () => {
    live = false;
    unwatch();
  };
}
