import type { Lang } from '../lib/text';
import type { MessageKey } from './index';
import enBadge from './en/badge';
import enPill from './en/pill';
import enSidepanel from './en/sidepanel';
import frBadge from './fr/badge';
import frPill from './fr/pill';
import frSidepanel from './fr/sidepanel';

// Each string is read by its name: the bundler then keeps those few and drops the rest of each
// dictionary (a table built in a loop, or spread, would keep them all).
const fr = {
  'status.signatory.short': frPill['status.signatory.short'],
  'status.renewal-signatory.short': frPill['status.renewal-signatory.short'],
  'status.declined.short': frPill['status.declined.short'],
  'status.not-listed.short': frPill['status.not-listed.short'],
  'status.signatory.firstOnly.short': frPill['status.signatory.firstOnly.short'],
  'status.inferred': frPill['status.inferred'],
  'status.inferred.via': frPill['status.inferred.via'],
  'status.scope.foreign': frPill['status.scope.foreign'],
  'badge.toolbar.title': frBadge['badge.toolbar.title'],
  'sidepanel.menu.details': frSidepanel['sidepanel.menu.details'],
} as const satisfies Partial<Record<MessageKey, string>>;

const en = {
  'status.signatory.short': enPill['status.signatory.short'],
  'status.renewal-signatory.short': enPill['status.renewal-signatory.short'],
  'status.declined.short': enPill['status.declined.short'],
  'status.not-listed.short': enPill['status.not-listed.short'],
  'status.signatory.firstOnly.short': enPill['status.signatory.firstOnly.short'],
  'status.inferred': enPill['status.inferred'],
  'status.inferred.via': enPill['status.inferred.via'],
  'status.scope.foreign': enPill['status.scope.foreign'],
  'badge.toolbar.title': enBadge['badge.toolbar.title'],
  'sidepanel.menu.details': enSidepanel['sidepanel.menu.details'],
} as const satisfies Record<keyof typeof fr, string>;

/** A key the background may show: the toolbar's title and the context menu's item. */
export type BackgroundKey = keyof typeof fr;

/**
 * The only strings the background ships (like locales/content-script.ts for the page): the
 * popup's and side panel's tables stay out of the service worker.
 */
export const BACKGROUND_MESSAGES: Record<Lang, Readonly<Record<BackgroundKey, string>>> = { fr, en };
