import type { DisplayStatus } from '../../lib/status';

// A sheet of paper with a folded corner: the charter, drawn the same for every status.
const SHEET = 'M6 3h8.5L18 6.5V21H6zm8.5 0v3.5H18M8.5 8.5h5m-5 3h7';
const SIGNATURE = 'M8.5 17.5c1-1.8 1.8-1.8 2.3-.3s1.3 1.5 2.2-.2 1.6-1 2.5.3';

/**
 * One drawing per status, told apart by shape, never by colour, and none of them a seal, a tick
 * or a cross: a document, signed or not. All use currentColor. Plain data, so the first stage
 * draws the same icons without Preact.
 */
export const STATUS_ICON_PATHS: Readonly<Record<DisplayStatus, string>> = {
  // the sheet with a handwritten signature: signed in 2019
  signatory: `${SHEET}${SIGNATURE}`,
  // a second sheet behind the signed one: signed the renewed (second) edition
  'renewal-signatory': `M3.5 6v17H15${SHEET}${SIGNATURE}`,
  // the sheet with an empty, dotted signature line: did not sign (a fact, not an alarm)
  declined: `${SHEET}M8.5 17.5h1.5m1.25 0h1.5m1.25 0h1.5`,
  // a blank sheet with a question mark: no source says either way
  'not-listed': 'M6 3h8.5L18 6.5V21H6zm8.5 0v3.5H18M10 10.2a2 2 0 1 1 2.9 1.8c-.6.3-.9.7-.9 1.3v.5m0 2.8v.2',
};
