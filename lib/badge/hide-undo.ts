import type { StoreApi } from 'zustand/vanilla';

// No runtime import: the browser tests read HIDE_UNDO_MS in Node, where no storage API exists.

/**
 * How long the card offers to undo "Hide on this site" before it saves the choice (saving takes
 * the badge off the page, and the undo with it).
 */
export const HIDE_UNDO_MS = 6000;

/** What the card shows of a hide: the site it will hide while the undo is offered, and a failed save. */
export interface HideUndoState {
  pendingHide?: string;
  hideFailed: boolean;
}

export interface HideUndoDeps {
  /** The site as the settings name it (siteKey of the page's hostname). */
  site: string;
  /** The card's state, which this writes `pendingHide` and `hideFailed` into. */
  store: StoreApi<HideUndoState>;
  /** A timer that dies with the content script (its context's setTimeout). */
  setTimeout(run: () => void, ms: number): number;
  /** Saves the hide in the settings; rejects (or throws) when storage refuses it. */
  save(): Promise<void>;
}

export interface HideUndo {
  /** "Hide on this site": offers the undo, and saves when it runs out. */
  start(): void;
  /** "Undo": nothing is saved. */
  undo(): void;
  /** Saves a waiting hide at once (the card closes); does nothing when none waits. */
  commit(): void;
}

/**
 * "Hide on this site" is saved after a few seconds of undo (saving takes the badge, and so the
 * undo, off the page at once), or at once when the shopper closes the card or leaves the page.
 */
export function createHideUndo({ site, store, setTimeout, save }: HideUndoDeps): HideUndo {
  let timer: number | undefined;
  // Listened to only while a hide waits: nothing runs as an ordinary page is left. A page
  // script's forged pagehide (isTrusted false) saves nothing.
  const onLeave = (event: Event) => event.isTrusted && commit();
  const end = () => {
    clearTimeout(timer);
    removeEventListener('pagehide', onLeave);
    store.setState({ pendingHide: undefined });
  };
  const commit = () => {
    if (store.getState().pendingHide === undefined) return;
    end();
    void (async () => {
      try {
        await save();
      } catch {
        store.setState({ hideFailed: true, pendingHide: undefined });
      }
    })();
  };
  return {
    commit,
    start() {
      store.setState({ pendingHide: site, hideFailed: false });
      timer = setTimeout(commit, HIDE_UNDO_MS);
      addEventListener('pagehide', onLeave);
    },
    undo: end,
  };
}
