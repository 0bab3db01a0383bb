import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const veepee: Platform = {
  id: 'veepee',
  name: 'Veepee',
  hostnames: [],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // Hostnames and URL shapes not checked (brief §2.2): listed in the side panel, matches no page.
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const veepeeDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'Veepee', confidence: 'GK' },
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
none: no hostname is known for this platform (BRIEF.md marks it unknown), so it is shown in the side panel only.
Checked: 2026-11-29.
*/
