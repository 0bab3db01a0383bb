import type { Text } from '../../lib/text';

/**
 * How sure we are, as in the facts brief: S = a cited source says it; S-code = seen in public
 * code (matching rules only); I = inferred, and the product must say so; GK = general knowledge,
 * kept out of user-facing text; U = unknown, shown as unknown or not at all.
 */
export type Confidence = 'S' | 'S-code' | 'I' | 'GK' | 'U';

/** The editions of the charter, oldest first: the one order every surface lists them in. */
export const EDITION_IDS = ['2019', '2020-renewal'] as const;
export type EditionId = (typeof EDITION_IDS)[number];

/**
 * A source record; ids are the brief's registry ids (kebab-case). It has exactly one of `title`
 * (the publisher's own title, verbatim, when the brief gives it) and `description` (our words
 * about it, shown as a description, never styled as a title: brief §7, titles are never rebuilt
 * from an address).
 */
export interface Source {
  id: string;
  title?: string;
  description?: Text;
  publisher: string;
  /** ISO date at the precision the source gives ('2019-03-26', '2020-12'), or undefined when unknown. */
  date?: string;
  /** https URL, or undefined when the brief recorded none. */
  url?: string;
  kind: 'government' | 'press' | 'blog' | 'legal' | 'trade';
}
