import { defineContentScript } from '#imports';
import { GROUP } from 'virtual:badge-group/other';
import type { PageContext } from '@/lib/badge/page/context';
import { startFirstStage } from '@/lib/badge/page/start';
import { hostPatternsOf } from '@/lib/detect/hosts';

// The badge's first stage for the platforms whose file says `badge: { stage: 'other' }`; the group
// comes from the registry (modules/platform-registry/), the card is a second stage.
export default defineContentScript({
  // Generated from the group's platform files, never <all_urls>; top frame only.
  matches: hostPatternsOf(GROUP.platforms),
  // At the start, for the URL test and the storage read to be done when the document is parsed
  // (lib/badge/page/start.ts waits for it): the badge then shows a frame later.
  runAt: 'document_start',
  // Nothing that names the extension reaches the page (modules/first-stage/ also swaps WXT's context out).
  noScriptStartedPostMessage: true,
  main: (ctx) => startFirstStage(ctx as unknown as PageContext, GROUP),
});
