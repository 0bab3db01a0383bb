import { DISPLAY_STATUSES, type DisplayStatus } from './status';

/** The page facts a content script reports about its tab. */
export interface PageState {
  platform: string;
  status: DisplayStatus;
  isProductPage: boolean;
}

/** Every runtime message, one union; each comment gives the direction. */
export type Message =
  /** content script → background: the badge's "Details" was clicked (a user gesture in Chrome). */
  | { type: 'panel/open'; platform: string }
  /** content script → background: what this tab shows now (null: nothing, clear the toolbar). */
  | { type: 'page/state'; state: PageState | null }
  /** background → content script: the keyboard command asks to show or hide the badge. */
  | { type: 'badge/toggle' }
  /** content script (first stage) → background: the shopper opened the badge, inject the card. */
  | { type: 'card/load' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isPageState(v: unknown): v is PageState {
  return (
    isRecord(v) &&
    typeof v.platform === 'string' &&
    DISPLAY_STATUSES.includes(v.status as DisplayStatus) &&
    typeof v.isProductPage === 'boolean'
  );
}

/**
 * Narrows anything received on a message channel, payload included: a message of a known type
 * with a missing or malformed field is not a Message (another extension's or an old copy's).
 */
export function isMessage(raw: unknown): raw is Message {
  if (!isRecord(raw)) return false;
  switch (raw.type) {
    case 'panel/open':
      return typeof raw.platform === 'string';
    case 'page/state':
      return raw.state === null || isPageState(raw.state);
    case 'badge/toggle':
    case 'card/load':
      return true;
    default:
      return false;
  }
}
