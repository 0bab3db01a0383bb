import type { HistoryEntry } from '@/lib/badge/card-facts';
import { formatDate } from '@/lib/i18n';
import type { Seller } from '@/lib/sellers';
import { describeSeller } from '@/lib/sellers/display';
import { useI18n } from '../i18n';
import { SellerIdentity } from './seller-identity';

/** The status per edition, with dates; inferences are labelled as such. */
export function History({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, lang } = useI18n();
  return (
    <div class="section">
      <p class="section-title">{t('badge.history.title')}</p>
      <ul class="history">
        {entries.map((e) => (
          <li key={e.edition} data-edition={e.edition} data-edition-status={e.status}>
            {/* The sources name the group, not the brand: the line says whose act it was. */}
            {e.group && e.status !== 'not-listed'
              ? t(`badge.history.${e.edition}.${e.status}.group`, { date: formatDate(e.date, lang), group: e.group })
              : t(`badge.history.${e.edition}.${e.status}`, { date: formatDate(e.date, lang) })}
            {e.isInferred && <span class="inferred"> ({t('badge.history.inferred')})</span>}
          </li>
        ))}
      </ul>
    </div>
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
