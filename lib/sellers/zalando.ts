/**
 * Who sells the item on Zalando. A partner's item says « Vendu par X », « Vendu et envoyé par X »
 * or « Vendu par X, envoyé par Zalando » (the page's own wording, found by the page walk).
 */
import { activeBudget } from './budget';
import { queryFirst } from './page-text';
import { type Statement } from './sold-by';
import { buyBoxWatch, GENERIC_BUY_BOX, marketplaceReader } from './marketplace';
import type { SellerReader } from './types';

// Zalando (2019 fixtures): no visible seller line on Zalando's own items; the page's state
// (`<script id="z-vegas-pdp-props">`, JSON in a CDATA section) says `partnerInfo.hasNoPartners`.
const ZALANDO_STATE = '#z-vegas-pdp-props';
const ZALANDO_STATE_MAX_CHARS = 400_000;
function zalandoOwnOffer(doc: Document): Statement | undefined {
  const script = queryFirst(doc, ZALANDO_STATE);
  const raw = script?.textContent;
  if (!raw || raw.length > ZALANDO_STATE_MAX_CHARS || !activeBudget().spend()) return undefined;
  try {
    const json = raw.trim().replace(/^<!\[CDATA\[/, '').replace(/\]\]>$/, '');
    const info: unknown = (JSON.parse(json) as { model?: { partnerInfo?: unknown } } | null)?.model?.partnerInfo;
    if (!info || typeof info !== 'object') return undefined;
    const { hasNoPartners, hasSomePartners, hasOnlyPartners } = info as Record<string, unknown>;
    return hasNoPartners === true && hasSomePartners !== true && hasOnlyPartners !== true ? { name: 'Zalando' } : undefined;
  } catch {
    return undefined;
  }
}
export const sellerReader: SellerReader = {
  read: marketplaceReader({ own: /^zalando(?:\.fr)?$/i, buyBox: GENERIC_BUY_BOX, dataLayer: zalandoOwnOffer }),
  watch: buyBoxWatch(),
};
