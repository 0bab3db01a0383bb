import type { Lang } from '../lib/text';
import type { MessageKey } from './index';
import enBadge from './en/badge';
import enPill from './en/pill';
import enStatusLines from './en/status-lines';
import enSidepanel from './en/sidepanel';
import frBadge from './fr/badge';
import frPill from './fr/pill';
import frStatusLines from './fr/status-lines';
import frSidepanel from './fr/sidepanel';

// Each string is read by its name: the bundler then keeps those few and drops the rest of each
// dictionary (a table built in a loop, or spread, would keep them all).
const fr = {
  'status.signatory.short': frStatusLines['status.signatory.short'],
  'status.renewal-signatory.short': frStatusLines['status.renewal-signatory.short'],
  'status.declined.short': frStatusLines['status.declined.short'],
  'status.not-listed.short': frStatusLines['status.not-listed.short'],
  'status.signatory.firstOnly.short': frStatusLines['status.signatory.firstOnly.short'],
  'status.declined-joined.short': frStatusLines['status.declined-joined.short'],
  'status.inferred': frStatusLines['status.inferred'],
  'status.inferred.via': frStatusLines['status.inferred.via'],
  'status.scope.foreign': frPill['status.scope.foreign'],
  'badge.toolbar.title': frBadge['badge.toolbar.title'],
  'badge.mark.signatory': frBadge['badge.mark.signatory'],
  'badge.mark.renewal-signatory': frBadge['badge.mark.renewal-signatory'],
  'badge.mark.declined': frBadge['badge.mark.declined'],
  'badge.mark.not-listed': frBadge['badge.mark.not-listed'],
  'badge.mark.inferred': frBadge['badge.mark.inferred'],
  'sidepanel.menu.details': frSidepanel['sidepanel.menu.details'],
} as const satisfies Partial<Record<MessageKey, string>>;

const en = {
  'status.signatory.short': enStatusLines['status.signatory.short'],
  'status.renewal-signatory.short': enStatusLines['status.renewal-signatory.short'],
  'status.declined.short': enStatusLines['status.declined.short'],
  'status.not-listed.short': enStatusLines['status.not-listed.short'],
  'status.signatory.firstOnly.short': enStatusLines['status.signatory.firstOnly.short'],
  'status.declined-joined.short': enStatusLines['status.declined-joined.short'],
  'status.inferred': enStatusLines['status.inferred'],
  'status.inferred.via': enStatusLines['status.inferred.via'],
  'status.scope.foreign': enPill['status.scope.foreign'],
  'badge.toolbar.title': enBadge['badge.toolbar.title'],
  'badge.mark.signatory': enBadge['badge.mark.signatory'],
  'badge.mark.renewal-signatory': enBadge['badge.mark.renewal-signatory'],
  'badge.mark.declined': enBadge['badge.mark.declined'],
  'badge.mark.not-listed': enBadge['badge.mark.not-listed'],
  'badge.mark.inferred': enBadge['badge.mark.inferred'],
  'sidepanel.menu.details': enSidepanel['sidepanel.menu.details'],
} as const satisfies Record<keyof typeof fr, string>;

/** A key the background may show: the toolbar's title and the context menu's item. */
export type BackgroundKey = keyof typeof fr;

/**
 * The only strings the background ships (like locales/content-script.ts for the page): the
 * popup's and side panel's tables stay out of the service worker.
 */
export const BACKGROUND_MESSAGES: Record<Lang, Readonly<Record<BackgroundKey, string>>> = { fr, en };
