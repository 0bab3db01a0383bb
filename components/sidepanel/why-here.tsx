import type { MessageKey } from '@/locales';
import { detectPage } from '@/lib/detect/detect';
import { useI18n } from '../i18n';

/**
 * "Why a badge on the active tab?", in a shopper's words, from what the detector sees in the
 * tab's address; the detector's own signals stay behind a further disclosure.
 */
export function WhyHere({ url, platformName }: { url: string; platformName: string }) {
  const { t } = useI18n();
  const detection = detectPage(url);
  const sentences = detection.signals
    .map((signal) => sentenceOf(signal, detection.isProductPage))
    .filter((s): s is Sentence => s !== null)
    .map(({ key, host }) => t(key, { host: host ?? '', platform: platformName }));
  const isUnchecked = detection.signals.includes('dom:not-checked');
  if (!detection.isProductPage && !isUnchecked) sentences.push(t('sidepanel.why.notProduct'));
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

interface Sentence {
  key: MessageKey;
  host?: string;
}

/** A detector signal (`host:…`, `rule:…`, `ambiguous:…`, `dom:…`) as a sentence, or null. */
function sentenceOf(signal: string, isProductPage: boolean): Sentence | null {
  const [kind = '', ...rest] = signal.split(':');
  if (kind === 'host') return { key: 'sidepanel.why.host', host: rest.join(':') };
  if (kind === 'rule') return { key: 'sidepanel.why.rule' };
  // Without the page itself (the panel reads only the address), an ambiguous address stays open.
  if (kind === 'ambiguous') return { key: isProductPage ? 'sidepanel.why.ambiguous' : 'sidepanel.why.unchecked' };
  // Only a signal that found something on the page says it declares a product.
  if (kind === 'dom' && !/^(not-checked|no-product-signal|error-page)$/.test(rest.join(':'))) return { key: 'sidepanel.why.dom' };
  return null;
}
