import { defineContentScript } from '#imports';
import { hostPatternsOf } from '@/lib/detect/hosts';
import { STORES_GROUP } from '@/lib/badge/groups/stores';
import type { PageContext } from '@/lib/badge/page/context';
import { startFirstStage } from '@/lib/badge/page/start';

// The badge's first stage for this group (lib/badge/page/start.ts); the card is a second stage.
export default defineContentScript({
  // Generated from the group's platform files, never <all_urls>; top frame only.
  matches: hostPatternsOf(STORES_GROUP.platforms),
  // At the start, for the URL test and the storage read to be done when the document is parsed
  // (lib/badge/page/start.ts waits for it): the badge then shows a frame later. Geometry is read
  // after a paint, the seller only when the card opens.
  runAt: 'document_start',
  // Nothing that names the extension reaches the page (wxt.config.ts also swaps WXT's context out).
  noScriptStartedPostMessage: true,
  main: (ctx) => startFirstStage(ctx as unknown as PageContext, STORES_GROUP),
});
