import { NO_EVIDENCE_2019, NO_EVIDENCE_2020 } from './common-statuses';
import type { Platform } from './types';

export const veepee: Platform = {
  id: 'veepee',
  name: 'Veepee',
  company: { name: 'Veepee', confidence: 'GK' },
  hostnames: [],
  badge: { stage: 'other' },
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  // Hostnames and URL shapes not checked (brief §2.2): listed in the side panel, matches no page.
};

/*
Test URLs
none: no hostname is known for this platform (BRIEF.md marks it unknown), so it is shown in the side panel only.
Checked: 2026-11-29.
*/
