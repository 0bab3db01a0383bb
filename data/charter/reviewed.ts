/** When the whole dataset was last checked against the facts brief; the "as of" of every not-listed status. */
export const REVIEWED_ON = '2026-11-29';
