import { defineContentScript } from '#imports';
import { GROUP } from 'virtual:badge-group/other';
import { firstStageOptions } from '@/lib/badge/first-stage-options';
import type { PageContext } from '@/lib/badge/page/context';
import { startFirstStage } from '@/lib/badge/page/start';

// The badge's first stage for the platforms whose file says `badge: { stage: 'other' }`.
export default defineContentScript({
  ...firstStageOptions(GROUP),
  main: (ctx) => startFirstStage(ctx as unknown as PageContext, GROUP),
});
