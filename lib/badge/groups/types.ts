import type { Platform } from '../../../data/platforms/types';
import type { ReadDomSignals } from '../../detect/detect';
import type { watchLateSignals } from '../late-signals';

/**
 * What one first-stage content script carries: its platforms (host → platform, URL rules, DOM
 * hints). One group per family of sites, so that an Amazon page never loads the other platforms’ rules.
 * No seller readers: the seller is read by the card (second stage) when the shopper opens it.
 */
export interface BadgeGroup {
  name: string;
  platforms: readonly Platform[];
  /**
   * How the group reads a page's DOM: every hint (schema.org, og:type, markers) where a platform
   * has ambiguous URL shapes, its markers alone elsewhere (./marker-signals.ts).
   */
  domSignals: ReadDomSignals;
  /**
   * The watch for product signals that arrive after the URL changed (lib/badge/late-signals.ts),
   * given only where an ambiguous URL shape needs it: the other groups do not ship it.
   */
  watchLate?: typeof watchLateSignals;
}
