import { defineContentScript } from '#imports';
import { HOST_PATTERNS } from '@/data/platforms/hosts';

export default defineContentScript({
  matches: [...HOST_PATTERNS],
  runAt: 'document_idle',
  main() {},
});
