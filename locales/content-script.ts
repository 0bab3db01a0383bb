import type { Lang } from '../lib/text';
import enBadge from './en/badge';
import enCommon from './en/common';
import enPill from './en/pill';
import enStatusLines from './en/status-lines';
import enSeller from './en/seller';
import frBadge from './fr/badge';
import frCommon from './fr/common';
import frPill from './fr/pill';
import frStatusLines from './fr/status-lines';
import frSeller from './fr/seller';

/**
 * The only strings the badge's card ships: the shared vocabulary, the status lines, the pill's, the badge's own and
 * the seller line. The popup's and side panel's tables stay out of the page
 * (test/components/badge/card.test.tsx renders every state with this table and finds no
 * untranslated key).
 */
export const CONTENT_SCRIPT_MESSAGES = {
  fr: { ...frCommon, ...frStatusLines, ...frPill, ...frBadge, ...frSeller },
  en: { ...enCommon, ...enStatusLines, ...enPill, ...enBadge, ...enSeller },
} as const satisfies Record<Lang, object>;
