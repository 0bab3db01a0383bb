import { PLATFORMS } from '../platforms';
import { AXES, CROSS_CUTTING, NOT_IN_SOURCES } from './commitments';
import { BOYCOTT_QUOTE, CONTEXT } from './context';
import { EDITIONS } from './editions';
import type { SourceId } from './sources';
import { TIMELINE } from './timeline';

export * from './commitments';
export * from './context';
export * from './editions';
export * from './reviewed';
export * from './sourced';
export * from './sources';
export * from './timeline';
export * from './types';

/** Every `sources` array found anywhere inside a value (objects and arrays, walked deeply). */
function collectSourceIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string') into.add(id);
      }
      collectSourceIds(child, into);
    }
  }
  return into;
}

/** All the data a user can see: editions, commitments, context, timeline, quote, platform statuses. */
export const CHARTER_DATA = {
  editions: EDITIONS,
  axes: AXES,
  crossCutting: CROSS_CUTTING,
  notInSources: NOT_IN_SOURCES,
  context: CONTEXT,
  timeline: TIMELINE,
  quotes: [BOYCOTT_QUOTE],
} as const;

/** The ids of every source cited by the charter data or by a platform status. */
export function usedSourceIds(): Set<SourceId> {
  const ids = collectSourceIds(CHARTER_DATA);
  for (const p of PLATFORMS) collectSourceIds(p.charter, ids);
  return ids as Set<SourceId>;
}
