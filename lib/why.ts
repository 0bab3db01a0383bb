import type { MessageKey } from '../locales';
import type { Detection } from './detect/detect';
import type { Params } from './i18n';

/** One sentence of "Why a badge on the active tab?", to translate. */
export interface Explanation {
  key: MessageKey;
  params: Params;
}

// Signals that found nothing on the page: no sentence says the page declares a product.
const FOUND_NOTHING = /^(?:not-checked|no-product-signal|error-page)$/;

/**
 * Turns what the detector read in a tab's address (lib/detect) into plain sentences: « Cette page
 * est sur www.amazon.fr, un site de Amazon », « L'adresse de cette page ressemble à une fiche
 * produit Amazon ». A rule, a selector or an unknown signal never becomes a sentence: the detector's
 * own signals are shown apart, as technical detail. A page that is not a product page says so,
 * unless its content was not checked.
 * @example explainDetection({ signals: ['rule:amazon:/dp/<ASIN>'], isProductPage: true }, 'Amazon')[0].key // 'why.rule'
 */
export function explainDetection(detection: Pick<Detection, 'signals' | 'isProductPage'>, platformName: string): Explanation[] {
  const out: Explanation[] = [];
  for (const signal of detection.signals) {
    const [kind = '', ...parts] = signal.split(':');
    const rest = parts.join(':');
    const params = { host: kind === 'host' ? rest : '', platform: platformName };
    if (kind === 'host') out.push({ key: 'why.host', params });
    else if (kind === 'rule') out.push({ key: 'why.rule', params });
    // The side panel reads only the address: an ambiguous one stays open unless the page settled it.
    else if (kind === 'ambiguous') out.push({ key: detection.isProductPage ? 'why.ambiguous' : 'why.unchecked', params });
    else if (kind === 'dom' && !FOUND_NOTHING.test(rest)) out.push({ key: 'why.declaresProduct', params });
  }
  if (!detection.isProductPage && !detection.signals.includes('dom:not-checked')) out.push({ key: 'why.notProduct', params: { host: '', platform: platformName } });
  return out;
}
