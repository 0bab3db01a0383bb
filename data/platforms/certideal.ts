import { ABSENT_2019, ABSENT_2019_DETAILS, JOINED_2020, JOINED_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

export const certideal: Platform = {
  id: 'certideal',
  name: 'Certideal',
  hostnames: [],
  charter: { '2019': ABSENT_2019, '2020-renewal': JOINED_2020 },
  // No hostname is known (brief §6): listed in the side panel, matches no page.
};

/** What the first stage does without: its stage, and what only the card and the side panel show (types.ts). */
export const certidealDetails: PlatformDetails = {
  badge: { stage: 'other' },
  company: { name: 'Certideal', confidence: 'GK' },
  charter: { '2019': ABSENT_2019_DETAILS, '2020-renewal': JOINED_2020_DETAILS },
};

/*
Test URLs
none: no hostname is known for this platform (BRIEF.md marks it unknown), so it is shown in the side panel only.
Checked: 2026-11-29.
*/
