import type { Platform } from '../../../data/platforms/types';
import type { ReadDomSignals } from '../../detect/detect';
import type { SellerReader } from '../../sellers/types';
import type { watchLateSignals } from '../late-signals';

/**
 * What one first-stage content script carries: its platforms (host → platform, URL rules, DOM
 * hints) and their seller readers, the same functions SELLER_READERS registers (a test checks
 * it). Five groups, so that an Amazon page never loads the rules of the 21 other platforms.
 */
export interface BadgeGroup {
  name: string;
  platforms: readonly Platform[];
  sellers: Readonly<Record<string, SellerReader>>;
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
