import type { HistoryEntry, Reason } from '@/lib/badge/card-facts';
import type { Seller } from '@/lib/sellers';
import type { PreparedReport } from '@/lib/report';
import type { DisplayStatus } from '@/lib/status';
import { ReportBox } from '../report-box';
import { useI18n } from '../i18n';
import { StatusText } from '../status-text';
import { Axes, History, Meaning, SoldBy, Why } from './card-sections';
import { CARD_ID } from './pill';

/** What the open card shows, and its actions. */
export interface CardProps {
  platformName: string;
  status: DisplayStatus;
  /** The one short status line (lib/status.ts shortStatus): says inferences and the French scope. */
  statusLine?: string;
  history: readonly HistoryEntry[];
  reasons: readonly Reason[];
  /** The wrong-match report, prepared on the device (lib/report.ts). */
  report: PreparedReport;
  /** Who sells the item, as read from the page; absent or unknown: the card says nothing of it. */
  seller?: Seller;
  onClose(): void;
  onDetails(): void;
  onHide(): void;
}

/** The open card: history, the item's seller when known, commitments, meaning, why, and the actions. */
export function Card(props: CardProps) {
  const { t } = useI18n();
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
      <History entries={props.history} />
      {props.seller && <SoldBy seller={props.seller} />}
      <Axes />
      <Meaning status={props.status} />
      <Why reasons={props.reasons} />
      <div class="actions">
        <button type="button" class="action" onClick={props.onDetails}>
          {t('badge.action.details')}
        </button>
        <button type="button" class="action" onClick={props.onHide}>
          {t('badge.action.hide')}
        </button>
        {/* Nothing is sent by us: the text to copy, or the maintainer's channel if the build has one. */}
        <ReportBox report={props.report} />
      </div>
    </div>
  );
}
