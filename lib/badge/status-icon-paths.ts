import type { DisplayStatus } from '../status';

// A sheet of paper with a folded corner: the charter, drawn the same for every status.
const SHEET = 'M6 3h8.5L18 6.5V21H6zm8.5 0v3.5H18';
const LINES = 'M8.5 8.5h5m-5 3h7';
const SIGNATURE = 'M8.5 17.5c1-1.8 1.8-1.8 2.3-.3s1.3 1.5 2.2-.2 1.6-1 2.5.3';

/*
 * One drawing per status, told apart by shape, never by colour, and none of them a seal, a tick
 * or a cross: a document, signed or not. All use currentColor. Plain data, so the first stage
 * draws the same icons without Preact. One export per status, named `<status in camelCase>Icon`:
 * a first stage imports only those its platforms can show (modules/platform-registry/plugin.ts).
 */

/** The sheet with a handwritten signature: signed in 2019. */
export const signatoryIcon = `${SHEET}${LINES}${SIGNATURE}`;
/** A second sheet behind the signed one: signed the renewed (second) edition. */
export const renewalSignatoryIcon = `M3.5 6v17H15${SHEET}${LINES}${SIGNATURE}`;
/** The sheet with an empty, dotted signature line: did not sign (a fact, not an alarm). */
export const declinedIcon = `${SHEET}${LINES}M8.5 17.5h1.5m1.25 0h1.5m1.25 0h1.5`;
/** A blank sheet with a question mark: no source says either way. */
export const notListedIcon = `${SHEET}M10 10.2a2 2 0 1 1 2.9 1.8c-.6.3-.9.7-.9 1.3v.5m0 2.8v.2`;

/** Every status's drawing, for the surfaces that may show any status (popup, side panel, card). */
export const STATUS_ICON_PATHS: Readonly<Record<DisplayStatus, string>> = {
  signatory: signatoryIcon,
  'renewal-signatory': renewalSignatoryIcon,
  declined: declinedIcon,
  'not-listed': notListedIcon,
};
