import { detectPage } from '@/lib/detect/detect';
import { explainDetection } from '@/lib/why';
import { useI18n } from '../i18n';

/**
 * "Why a badge on the active tab?", in a shopper's words, from what the detector sees in the
 * tab's address; the detector's own signals stay behind a further disclosure.
 */
export function WhyHere({ url, platformName }: { url: string; platformName: string }) {
  const { t } = useI18n();
  const detection = detectPage(url);
  const sentences = explainDetection(detection, platformName).map(({ key, params }) => t(key, params));
  return (
    <details class="why">
      <summary>{t('sidepanel.why.title')}</summary>
      <ul>
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      {/* Where the card's business-seller line comes from: the page itself (issue 25). */}
      {detection.isProductPage && <p class="why-seller">{t('sidepanel.why.sellerIdentity')}</p>}
      <details class="why-technical">
        <summary>{t('sidepanel.why.technical')}</summary>
        <ul>
          {detection.signals.map((signal) => (
            <li key={signal}>
              <code>{signal}</code>
            </li>
          ))}
        </ul>
      </details>
    </details>
  );
}
