import { defineContentScript } from '#imports';
import { HOST_PATTERNS } from '@/lib/detect/hosts';
import { startBadge } from './start-badge';

// Wiring only: the badge's logic is in ./start-badge.tsx, data/badge/ and components/badge/.
export default defineContentScript({
  // Generated from the platform files, never <all_urls>; top frame only (allFrames defaults to false).
  matches: [...HOST_PATTERNS],
  runAt: 'document_idle',
  // The CSS ships inside the script (style.css?inline): no fetch, no web-accessible resource.
  cssInjectionMode: 'manual',
  main: (ctx) => startBadge(ctx),
});
