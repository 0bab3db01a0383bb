import type { DisplayStatus } from './status';

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
  | { type: 'badge/toggle' };

const TYPES = new Set<Message['type']>(['panel/open', 'page/state', 'badge/toggle']);

/** Narrows anything received on a message channel; pages and other extensions can send garbage. */
export function isMessage(raw: unknown): raw is Message {
  return typeof raw === 'object' && raw !== null && TYPES.has((raw as { type?: never }).type as never);
}
