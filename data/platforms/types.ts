import type { Confidence, EditionId } from '../charter/types';
import type { SourceId } from '../charter/sources';
import type { Text } from '../../lib/text';

/** What a platform did with one edition of the charter: what every surface shows, the pill included. */
export type EditionStatusKind = 'signatory' | 'declined' | 'not-listed';

export interface EditionStatus {
  status: EditionStatusKind;
  /** At the precision of the sources: '2019-03-26', '2020-12'; for not-listed, the review date. */
  date: string;
  confidence: Confidence;
  /**
   * The group whose status this one is inferred from, as the sources spell it ('Fnac Darty',
   * 'Alibaba'): the date is that group's, and every surface names it. Only with confidence 'I'.
   */
  via?: string;
}

/** What backs one edition's status, shown by the side panel only: its sources and a note. */
export interface EditionDetails {
  /** Ids from data/charter/sources.ts; for not-listed, the signatory lists that were checked. */
  sources: readonly SourceId[];
  /** Shown next to the status: an inference, a group signature, an unnamed signatory… */
  note?: Text;
}

/**
 * One URL shape, named so "Why am I seeing this?" can say which rule matched
 * (signal `rule:<platform>:<name>`).
 */
export interface UrlRule {
  /** Short and readable, in the URL's own terms: '/dp/<ASIN>', '/itm/<id>'. */
  name: string;
  /** Tested against `URL.pathname` (percent-encoded, as the URL parser leaves it). */
  path: RegExp;
  /** When set, `URL.search` ('?a=b') must match too: for shapes that carry the id in the query. */
  query?: RegExp;
}

/**
 * How a platform's product pages look. The URL decides when it is decisive; `ambiguous`
 * URLs are settled by the page's DOM (data/dom-hints.ts); any other URL is not a product page.
 */
export interface PageRules {
  /** A match makes the page a product page, whatever the DOM says (error pages aside). */
  product: readonly UrlRule[];
  /** Checked first: a match makes the page NOT a product page (listings sharing a prefix). */
  notProduct?: readonly UrlRule[];
  /** URL shapes that may or may not be product pages: the DOM settles them. */
  ambiguous?: readonly UrlRule[];
  /** Selectors present only on this platform's product pages (e.g. Amazon's #productTitle). */
  markers?: readonly string[];
  /** The product's title on a product page: the inline badge goes right after it (the default position), or in a corner where it is absent. */
  anchor?: string;
}

/**
 * The badge's first stages: one content script each (entrypoints/badge-<stage>.content/), so that
 * a page loads the URL rules of its own stage's platforms only. The three busiest marketplaces
 * have a stage of their own; the French retailers share one; every other platform is in 'other'.
 */
export type BadgeStage = 'amazon' | 'ebay' | 'leboncoin' | 'retail' | 'other';

/**
 * What a platform file exports under its id in camelCase (`amazon`): what the badge's first stage
 * needs to find its pages and say its status. The first stages import this export alone.
 */
export interface Platform {
  /** Never changes once shipped: it is in storage, in data-platform and in fixture folders. */
  id: string;
  name: string;
  /**
   * Registrable hostnames, lowercase, no wildcard. A host matches when it equals one of them or
   * is a subdomain of one (www., m., fr., smile.). Empty when no hostname is known (Certideal).
   */
  hostnames: readonly string[];
  /**
   * Set when every hostname above is a French site even without a .fr ending (cdiscount.com):
   * on other non-.fr hosts (amazon.com, ebay.de) the short status says the charter is French.
   */
  frenchSites?: true;
  charter: Readonly<Record<EditionId, EditionStatus>>;
  pages?: PageRules;
}

/**
 * What the same file exports as `<id>Details` (`amazonDetails`): what the first stage does without,
 * kept apart so that it never ships there. What only the card and the side panel show, and which
 * first stage the build puts the platform in.
 */
export interface PlatformDetails {
  /** Which first stage carries the badge on this platform's pages; 'other' when absent. */
  badge?: { stage: BadgeStage };
  /** Company or group, with how sure we are; GK names stay out of user-facing text. */
  company: { name: string; confidence: Confidence };
  charter: Readonly<Record<EditionId, EditionDetails>>;
}

/** A platform with its details, as the registry (data/platforms/index.ts) gives it to every other surface. */
export interface PlatformRecord extends Platform {
  badge?: PlatformDetails['badge'];
  company: PlatformDetails['company'];
  charter: Readonly<Record<EditionId, EditionStatus & EditionDetails>>;
}
