import type { HistoryEntry } from '@/lib/badge/card-facts';
import type { Seller } from '@/lib/sellers';
import type { DisplayStatus } from '@/lib/status';
import { useI18n } from '../i18n';
import { StatusText } from '../status-text';
import { History, SoldBy } from './card-sections';

export const CARD_ID = 'charte-pme-card';

/** What the short card shows, and its actions (each gets the event: the caller checks isTrusted). */
export interface CardProps {
  platformName: string;
  status: DisplayStatus;
  /** The one short status line (lib/status.ts shortStatus): says inferences and the French scope. */
  statusLine?: string;
  history: readonly HistoryEntry[];
  /** Who sells the item, as read from the page; absent or unknown: the card says nothing of it. */
  seller?: Seller;
  /** "Hide on this site" could not be saved: the card says so. */
  hideFailed?: boolean;
  /** "Hide on this site" was pressed: the site it will be hidden on, for the few seconds of undo. */
  pendingHide?: string;
  onClose(event: Event): void;
  onDetails(event: Event): void;
  onHide(event: Event): void;
  onUndoHide?(event: Event): void;
}

/**
 * The short card (issue 13: about 400 px at most): the status once, the dates it does not say,
 * one line of what it means, the seller line when known, then Details, Hide on this site and
 * close, which never scroll out of reach (only the middle part scrolls). The history in full,
 * the commitments, "Why am I seeing this?" and the report link are in the side panel (Details).
 */
export function Card(props: CardProps) {
  const { t } = useI18n();
  const pending = props.pendingHide;
  return (
    <div id={CARD_ID} class="card" role="group" aria-label={t('badge.card.label', { platform: props.platformName })}>
      <div class="card-head">
        <p class="card-title">
          <span class="platform">{props.platformName}</span>
          <StatusText status={props.status} line={props.statusLine} />
        </p>
        <button type="button" class="close" aria-label={t('badge.action.close')} onClick={props.onClose}>
          <span aria-hidden="true">{'×'}</span>
        </button>
      </div>
      {pending === undefined && (
        <div class="card-body">
          <History entries={props.history} />
          {/* "Not listed" must never read as a verdict: say so where the status is explained. */}
          <p class="meaning">{t(props.status === 'not-listed' ? 'badge.meaning.notListed' : 'badge.meaning.is')}</p>
          {props.seller && <SoldBy seller={props.seller} />}
        </div>
      )}
      {/* In the tree from the start: a live region inserted with its text is often not announced. */}
      <p class="notice" role="status">
        {pending !== undefined ? t('badge.hide.pending', { site: pending }) : ''}
      </p>
      <div class="actions">
        {pending === undefined ? (
          <>
            <button type="button" class="action" onClick={props.onDetails}>
              {t('badge.action.details')}
            </button>
            <button type="button" class="action" onClick={props.onHide}>
              {t('badge.action.hide')}
            </button>
          </>
        ) : (
          <button type="button" class="action" onClick={props.onUndoHide}>
            {t('badge.action.undo')}
          </button>
        )}
      </div>
      {props.hideFailed && (
        <p class="failure" role="alert">
          {t('badge.hide.failed')}
        </p>
      )}
    </div>
  );
}
