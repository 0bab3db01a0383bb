import { CONTEXT, CROSS_CUTTING, type Commitment, type ContextItem } from '@/data/charter';

/** The panel's sections, in order; the ids are URL anchors (the popup links to #privacy). */
export const SECTIONS = [
  { id: 'charter', title: 'sidepanel.section.charter' },
  { id: 'commitments', title: 'sidepanel.section.commitments' },
  { id: 'platforms', title: 'sidepanel.section.platforms' },
  { id: 'timeline', title: 'sidepanel.section.timeline' },
  { id: 'for-you', title: 'sidepanel.section.forYou' },
  { id: 'limits', title: 'sidepanel.section.limits' },
  { id: 'sources', title: 'sidepanel.section.sources' },
  { id: 'privacy', title: 'sidepanel.section.privacy' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

// Where each explainer of data/charter/context.ts goes. An id not listed here still shows, in
// the charter section, so an explainer added to the data never silently disappears.
const CONTEXT_PLACES: Readonly<Record<string, SectionId>> = {
  why: 'charter',
  protects: 'charter',
  'reporting-space': 'charter',
  'not-to-confuse': 'charter',
  'declined-2019': 'platforms',
  label: 'timeline',
  'shopper-benefit': 'for-you',
  scope: 'for-you',
  'p2b-applies-to-all': 'for-you',
  critique: 'limits',
  'follow-up': 'limits',
  p2b: 'limits',
  'p2b-enforcement': 'limits',
};

/** The explainers of one section, in data order. */
export function contextFor(section: SectionId, items: readonly ContextItem[] = CONTEXT): ContextItem[] {
  return items.filter((item) => (CONTEXT_PLACES[item.id] ?? 'charter') === section);
}

// The cross-cutting points that are limits rather than aims.
const LIMIT_IDS: ReadonlySet<string> = new Set(['voluntary', 'no-targets', 'six-month-review']);

/** Cross-cutting points split between the commitments section (aims) and the limits section. */
export function splitCrossCutting(items: readonly Commitment[] = CROSS_CUTTING): {
  aims: Commitment[];
  limits: Commitment[];
} {
  return { aims: items.filter((c) => !LIMIT_IDS.has(c.id)), limits: items.filter((c) => LIMIT_IDS.has(c.id)) };
}
