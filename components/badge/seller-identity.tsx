import type { Seller } from '@/lib/sellers';
import { describeIdentity } from '@/lib/sellers/trader-display';
import { useI18n } from '../i18n';

/**
 * Under the seller line, what the page's business-seller block states: one compact line (legal
 * name, country, a number) and the address and numbers one disclosure down. The same neutral
 * text for every country; a malformed French number is shown "as stated by the page".
 */
export function SellerIdentity({ seller }: { seller: Seller }) {
  const { t, lang } = useI18n();
  const view = describeIdentity(seller, lang);
  if (!view) return null;
  const asStated = ` ${t('seller.identity.asStated')}`;
  const place = view.country ? `${view.name}, ${view.country.name}` : view.name;
  const number = view.number ? ` · ${t(view.number.key, { value: view.number.value })}${view.number.isMalformed ? asStated : ''}` : '';
  const hasDetails = view.address.length > 0 || view.numbers.length > 0;
  return (
    <div class="seller-identity" data-seller-country={view.country?.code}>
      <p class="seller-identity-line">{t('seller.identity.line', { summary: `${place}${number}` })}</p>
      {hasDetails && (
        <details class="seller-identity-details">
          <summary>{t('seller.identity.details')}</summary>
          {view.address.length > 0 && (
            <p class="seller-address">
              {view.address.map((line, i) => (
                <span key={i} class="seller-address-line">
                  {line}
                </span>
              ))}
            </p>
          )}
          {view.numbers.map((n) => (
            <p key={n.label} class="seller-number">
              {`${n.label}${lang === 'fr' ? ' : ' : ': '}${n.value}`}
              {n.isMalformed && asStated}
            </p>
          ))}
          <p class="seller-note">{t('seller.identity.source')}</p>
        </details>
      )}
    </div>
  );
}
