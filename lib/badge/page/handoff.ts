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
 * The one hand-off between the two stages. The first stage publishes it when it creates the pill
 * (so before any opening, the only moment the card is loaded), as plain data and functions: no
 * getter, nothing that creates or changes DOM when read. It lives on the isolated world's global
 * object, which the page's scripts never see (they have their own window), and it holds the
 * closed shadow root. The card writes one thing back: `isCardLoaded`.
 */
export interface CardHandoff {
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

export function publishHandoff(handoff: CardHandoff | undefined): void {
  (globalThis as Record<string, unknown>)[KEY] = handoff;
}

export function readHandoff(): CardHandoff | undefined {
  const h = (globalThis as Record<string, unknown>)[KEY] as CardHandoff | undefined;
  return h && h.isValid() ? h : undefined;
}
