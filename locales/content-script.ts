import type { Lang } from '../lib/text';
import enBadge from './en/badge';
import enCommon from './en/common';
import enSeller from './en/seller';
import frBadge from './fr/badge';
import frCommon from './fr/common';
import frSeller from './fr/seller';

/**
 * The only strings the content script ships: the shared vocabulary, the badge's own and the
 * card's seller line. The popup's and side panel's tables stay out of the page
 * (test/components/badge-view.test.tsx renders every state with this table and finds no
 * untranslated key).
 */
export const CONTENT_SCRIPT_MESSAGES = {
  fr: { ...frCommon, ...frBadge, ...frSeller },
  en: { ...enCommon, ...enBadge, ...enSeller },
} as const satisfies Record<Lang, object>;
