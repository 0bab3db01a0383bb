import { hostPatternsOf } from '../detect/hosts';
import type { BadgeGroup } from './groups/types';

/**
 * The content-script options of one first stage (entrypoints/badge-<stage>.content/): the same for
 * every stage but its group, which the build generates from the platform files. `main` stays in
 * the entry file: WXT reads these options in Node with `main` and its imports taken out.
 */
export function firstStageOptions(group: BadgeGroup) {
  return {
    // Generated from the group's platform files, never <all_urls>; top frame only.
    matches: hostPatternsOf(group.platforms),
    // At the start, for the URL test and the storage read to be done when the document is parsed
    // (lib/badge/page/start.ts waits for it): the badge then shows a frame later. Geometry is read
    // after a paint, the seller only when the card opens.
    runAt: 'document_start' as const,
    // Nothing that names the extension reaches the page (modules/first-stage/ also swaps WXT's context out).
    noScriptStartedPostMessage: true,
  };
}
