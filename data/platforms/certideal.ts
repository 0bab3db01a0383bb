import { ABSENT_2019, JOINED_2020 } from './common-statuses';
import type { Platform } from './types';

export const certideal: Platform = {
  id: 'certideal',
  name: 'Certideal',
  company: { name: 'Certideal', confidence: 'GK' },
  hostnames: [],
  badge: { stage: 'other' },
  charter: { '2019': ABSENT_2019, '2020-renewal': JOINED_2020 },
  // No hostname is known (brief §6): listed in the side panel, matches no page.
};

/*
Test URLs
none: no hostname is known for this platform (BRIEF.md marks it unknown), so it is shown in the side panel only.
Checked: 2026-11-29.
*/
