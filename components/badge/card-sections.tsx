import type { HistoryEntry } from '@/lib/badge/card-facts';
import { formatDate } from '@/lib/i18n';
import type { Seller } from '@/lib/sellers';
import { describeSeller } from '@/lib/sellers/display';
import type { MessageKey } from '@/locales';
import { useI18n } from '../i18n';
import { SellerIdentity } from './seller-identity';

/**
 * What the status line above does not already say: the date of each edition it names, and the
 * status of an edition it does not name (with its inference, if any). A not-listed platform gets
 * one line, the date the lists were checked.
 */
export function History({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, lang } = useI18n();
  const shown = entries.every((e) => e.isStated && e.status === 'not-listed') ? entries.slice(0, 1) : entries;
  const key = (e: HistoryEntry): MessageKey => {
    if (shown.length < entries.length) return 'badge.history.checked';
    if (e.isStated) return `badge.history.${e.edition}.on`;
    // The sources name the group, not the brand: a line that gives a status says whose act it was.
    return e.group && e.status !== 'not-listed' ? `badge.history.${e.edition}.${e.status}.group` : `badge.history.${e.edition}.${e.status}`;
  };
  return (
    <ul class="section history">
      {shown.map((e) => (
        <li key={e.edition} data-edition={e.edition} data-edition-status={e.status}>
          {t(key(e), { date: formatDate(e.date, lang), group: e.group ?? '' })}
          {e.isInferred && !e.isStated && <span class="inferred"> ({t('badge.history.inferred')})</span>}
        </li>
      ))}
    </ul>
  );
}

/**
 * Who sells the item, as the page states it, and one neutral line saying the charter is about how
 * the platform treats such sellers. Nothing at all when the seller is unknown.
 */
export function SoldBy({ seller }: { seller: Seller }) {
  const { t } = useI18n();
  const described = describeSeller(seller);
  if (!described) return null;
  return (
    <div class="section seller" data-seller-kind={seller.kind}>
      <p class="section-title">{t('seller.label')}</p>
      <p class="seller-line">{t(described.line, described.params)}</p>
      <SellerIdentity seller={seller} />
      {described.traderNote && <p class="seller-note">{t(described.traderNote)}</p>}
      <p class="seller-note">{t(described.note)}</p>
    </div>
  );
}
