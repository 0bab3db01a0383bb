import type { HistoryEntry } from '@/lib/badge/card-facts';
import { formatDate } from '@/lib/i18n';
import type { Seller } from '@/lib/sellers';
import { describeSeller } from '@/lib/sellers/display';
import { useI18n } from '../i18n';

/**
 * What the status line above does not already say: the date of each edition it names, and the
 * status of an edition it does not name (with its inference, if any). A not-listed platform gets
 * one line, the date the lists were checked.
 */
export function History({ entries }: { entries: readonly HistoryEntry[] }) {
  const { t, lang } = useI18n();
  const allUnlisted = entries.every((e) => e.isStated && e.status === 'not-listed');
  const lines = allUnlisted
    ? [{ key: 'checked', text: t('badge.history.checked', { date: formatDate(entries[0]!.date, lang) }), entry: entries[0]! }]
    : entries.map((e) => ({
        key: e.edition,
        entry: e,
        text: t(e.isStated ? `badge.history.${e.edition}.on` : `badge.history.${e.edition}.${e.status}`, { date: formatDate(e.date, lang) }),
      }));
  return (
    <ul class="section history">
      {lines.map(({ key, text, entry }) => (
        <li key={key} data-edition={entry.edition} data-edition-status={entry.status}>
          {text}
          {entry.isInferred && !entry.isStated && <span class="inferred"> ({t('badge.history.inferred')})</span>}
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
      {described.traderNote && <p class="seller-note">{t(described.traderNote)}</p>}
      <p class="seller-note">{t(described.note)}</p>
    </div>
  );
}
