import type { Platform } from '../../../data/platforms/types';
import type { ReadDomSignals } from '../../detect/detect';
import type { DisplayStatus } from '../../status';
import type { Lang } from '../../text';
import type { PillStrings } from '../page/strings';
import type { PillLinesByLang } from './pill-lines';
import type { FirstStage } from '../page/stage';

/**
 * What one first-stage content script carries: its platforms (host → platform, URL rules, DOM
 * hints). One group per family of sites, so that an Amazon page never loads the other platforms’ rules.
 * No seller readers: the seller is read by the card (second stage) when the shopper opens it.
 */
export interface BadgeGroup {
  name: string;
  platforms: readonly Platform[];
  /**
   * The pill's icon (an SVG path) for each status its platforms show, and for no other: a group
   * of signatories does not ship the other drawings.
   */
  icons: Readonly<Partial<Record<DisplayStatus, string>>>;
  /** Platform id → what its pill says of its status (./pill-lines.ts), written at build time. */
  lines: Readonly<Record<string, PillLinesByLang>>;
  /** The pill's own strings (locales/fr/pill.ts and its English twin), written at build time, typeset. */
  strings: Readonly<Record<Lang, PillStrings>>;
  /**
   * How the group reads a page's DOM: every hint (schema.org, og:type, markers) where a platform
   * has ambiguous URL shapes, its markers alone elsewhere (./marker-signals.ts).
   */
  domSignals: ReadDomSignals;
  /**
   * The watch for product signals that arrive after the URL changed (lib/badge/page/late-watch.ts),
   * given only where an ambiguous URL shape needs it: the other groups do not ship it.
   */
  watchLate?: (stage: FirstStage, onProductPage: () => void) => void;
}
