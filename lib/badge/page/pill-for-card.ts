import type { Seller } from '../../sellers/types';
import type { Settings } from '../../settings';
import type { PageContext } from './context';
import type { StateHolder } from './state';

/** The badge's per-page state, shared by the pill (first stage) and the card (second stage). */
export interface BadgeState {
  settings: Settings;
  isOpen: boolean;
  /** This page view's seller reading, once the card has read it (lib/badge/card-seller.ts). */
  seller?: Seller;
}

/**
 * What the pill gives the card (second stage): the one link between the two stages, with
 * everything the card may use of the first. The first stage publishes it when it creates the pill
 * (so before any opening, the only moment the card is loaded), as plain data and functions: no
 * getter, nothing that creates or changes DOM when read. It lives on the isolated world's global
 * object, which the page's scripts never see (they have their own window), and it holds the
 * closed shadow root. The card writes one thing back: `isCardLoaded`. The corner code's hand-off,
 * the other way round, is ./corner-for-pill.ts.
 */
export interface PillForCard {
  readonly platformId: string;
  readonly hostname: string;
  /** The pill's closed shadow root: the card adds its style sheet here… */
  readonly root: ShadowRoot;
  /** …and renders into this element. */
  readonly slot: HTMLElement;
  readonly state: StateHolder<BadgeState>;
  /** The first stage's content-script context: the card's timers and observers die with it. */
  readonly context: PageContext;
  /** The current page view's signal: aborted at the next in-page navigation (the seller watch stops on it). */
  pageViewSignal(): AbortSignal;
  /** Closes the card and puts focus back on the pill. */
  close(): void;
  /** False once this copy of the content script is orphaned or gone. */
  isValid(): boolean;
  /** Set by the card when it has rendered: later opens need no second load. */
  isCardLoaded: boolean;
}

const KEY = '__chartePmeCard';

/** Called with the pill when it is created, and with undefined when the first stage ends. */
export function publishPillForCard(pill: PillForCard | undefined): void {
  (globalThis as Record<string, unknown>)[KEY] = pill;
}

/** For the card: the pill of this isolated world's first stage, while that stage is alive. */
export function findPillForCard(): PillForCard | undefined {
  const pill = (globalThis as Record<string, unknown>)[KEY] as PillForCard | undefined;
  return pill && pill.isValid() ? pill : undefined;
}
