import { DISPLAY_STATUSES, type DisplayStatus } from './status';
import { isRecord } from './is-record';

/** The page facts a content script reports about its tab. */
export interface PageState {
  platform: string;
  status: DisplayStatus;
  isProductPage: boolean;
  /** The page's hostname (`www.amazon.de`): the status line may depend on the domain. */
  hostname?: string;
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
  | { type: 'card/load' }
  /** content script (first stage) → background: the pill takes a corner, inject the corner code. */
  | { type: 'corner/load' };


// Shapes only, so a forged message cannot carry a page of text into a URL or a title: a platform
// is an id such as "amazon" (whether we know it is the receiver's business), a hostname a hostname.
const PLATFORM_ID = /^[a-z0-9-]{1,40}$/;
// A trailing dot is legal in location.hostname (`www.amazon.fr.`).
const HOSTNAME = /^(?=.{1,254}$)[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/;

const isPlatformId = (v: unknown): v is string => typeof v === 'string' && PLATFORM_ID.test(v);

function isPageState(v: unknown): v is PageState {
  return (
    isRecord(v) &&
    isPlatformId(v.platform) &&
    DISPLAY_STATUSES.includes(v.status as DisplayStatus) &&
    typeof v.isProductPage === 'boolean' &&
    (v.hostname === undefined || (typeof v.hostname === 'string' && HOSTNAME.test(v.hostname)))
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
      return isPlatformId(raw.platform);
    case 'page/state':
      return raw.state === null || isPageState(raw.state);
    case 'badge/toggle':
    case 'card/load':
    case 'corner/load':
      return true;
    default:
      return false;
  }
}
