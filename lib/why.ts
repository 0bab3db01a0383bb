import type { MessageKey } from '../locales';
import type { Params } from './i18n';

/** One sentence of "Why am I seeing this?", in shopper's words, with the technical detail behind it. */
export interface Explanation {
  key: MessageKey;
  params: Params;
  /** The detector's own signal ('rule:amazon:/dp/<ASIN>'), for a further disclosure and for reports. */
  technical: string;
}

const DECLARES_PRODUCT = /^(?:json-ld|microdata|og):/;

/**
 * Turns the detector's signals (lib/detect) into plain sentences: « L'adresse de cette page
 * ressemble à une fiche produit Amazon », « La page se déclare comme un produit ». Each keeps
 * its signal as `technical`; an unknown signal still gets a sentence, never dropped, so whoever
 * reports a wrong match sees everything the detector used.
 * @example explainDetection(['rule:amazon:/dp/<ASIN>'], 'Amazon')[0].key // 'why.rule'
 */
export function explainDetection(signals: readonly string[], platformName: string): Explanation[] {
  return signals.map((technical): Explanation => {
    const [kind = '', ...parts] = technical.split(':');
    const rest = parts.join(':');
    const platform = { platform: platformName };
    if (kind === 'host' && parts[0] === 'not-listed') return { key: 'why.hostNotListed', params: {}, technical };
    if (kind === 'host') return { key: 'why.host', params: platform, technical };
    if (kind === 'rule') return { key: 'why.rule', params: platform, technical };
    if (kind === 'ambiguous') return { key: 'why.ambiguous', params: platform, technical };
    if (kind === 'dom') {
      if (rest.startsWith('marker:')) return { key: 'why.marker', params: platform, technical };
      if (DECLARES_PRODUCT.test(rest)) return { key: 'why.declaresProduct', params: {}, technical };
      if (rest === 'error-page') return { key: 'why.errorPage', params: {}, technical };
      if (rest === 'no-product-signal') return { key: 'why.noProductSignal', params: {}, technical };
      if (rest === 'not-checked') return { key: 'why.notChecked', params: {}, technical };
    }
    return { key: 'why.other', params: {}, technical };
  });
}
