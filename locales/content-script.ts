import type { Lang } from '../data/text';
import enBadge from './en/badge';
import enCommon from './en/common';
import frBadge from './fr/badge';
import frCommon from './fr/common';

/**
 * The only strings the content script ships: the shared vocabulary and the badge's own. The
 * popup's and side panel's tables stay out of the page (test/components/badge-view.test.tsx
 * renders every state with this table and finds no untranslated key).
 */
export const CONTENT_SCRIPT_MESSAGES = {
  fr: { ...frCommon, ...frBadge },
  en: { ...enCommon, ...enBadge },
} as const satisfies Record<Lang, object>;
