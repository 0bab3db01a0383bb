import { describe, expect, it } from 'vitest';
import { DISPLAY_STATUSES } from '@/lib/status';
import { declinedIcon, notListedIcon, renewalSignatoryIcon, signatoryIcon, STATUS_ICON_PATHS } from '@/lib/badge/status-icon-paths';

// The drawings as the screenshots were taken with them (docs/screenshots/INPUTS.sha256 covers this
// file): splitting them into one export per status must not change a single command.
const DRAWN = {
  signatory: 'M6 3h8.5L18 6.5V21H6zm8.5 0v3.5H18M8.5 8.5h5m-5 3h7M8.5 17.5c1-1.8 1.8-1.8 2.3-.3s1.3 1.5 2.2-.2 1.6-1 2.5.3',
  'renewal-signatory': 'M3.5 6v17H15M6 3h8.5L18 6.5V21H6zm8.5 0v3.5H18M8.5 8.5h5m-5 3h7M8.5 17.5c1-1.8 1.8-1.8 2.3-.3s1.3 1.5 2.2-.2 1.6-1 2.5.3',
  declined: 'M6 3h8.5L18 6.5V21H6zm8.5 0v3.5H18M8.5 8.5h5m-5 3h7M8.5 17.5h1.5m1.25 0h1.5m1.25 0h1.5',
  'not-listed': 'M6 3h8.5L18 6.5V21H6zm8.5 0v3.5H18M10 10.2a2 2 0 1 1 2.9 1.8c-.6.3-.9.7-.9 1.3v.5m0 2.8v.2',
};

describe('the status icons', () => {
  it('draw each status as before, one export per status and one table of them all', () => {
    expect(STATUS_ICON_PATHS).toEqual(DRAWN);
    expect([signatoryIcon, renewalSignatoryIcon, declinedIcon, notListedIcon]).toEqual(DISPLAY_STATUSES.map((s) => STATUS_ICON_PATHS[s]));
  });

  it('are four different drawings, told apart by shape', () => {
    expect(new Set(Object.values(STATUS_ICON_PATHS)).size).toBe(DISPLAY_STATUSES.length);
  });

  it('are plain path data (absolute or relative commands and numbers, nothing else)', () => {
    for (const d of Object.values(STATUS_ICON_PATHS)) expect(d).toMatch(/^M[MmLlHhVvCcSsAaZz0-9 .,-]+$/);
  });
});
