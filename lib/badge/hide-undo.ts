/**
 * How long the card offers to undo "Hide on this site" before it saves the choice (saving takes
 * the badge off the page, and the undo with it).
 */
export const HIDE_UNDO_MS = 6000;
