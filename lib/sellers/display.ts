import type { MessageKey } from '../../locales';
import type { Seller } from './types';

/** What the badge card shows about the seller: one line, one neutral note, and for a private seller one more sentence. */
export interface SellerLine {
  line: MessageKey;
  note: MessageKey;
  params: { name: string };
  /**
   * For a seller the page states is a private person: the consumer-law sentence (rights that
   * apply to purchases from a professional may not apply). Absent otherwise.
   */
  traderNote?: MessageKey;
}

/**
 * The card's seller line for a reading, or null when the seller is unknown (the card then says
 * nothing about the seller). A third-party or private reading always carries a name; the line
 * says « vendeur professionnel » / « particulier » only where the page stated it.
 * @example describeSeller({ kind: 'third-party', name: 'Foo', trader: 'professional' }) // { line: 'seller.soldBy.professional', … }
 */
export function describeSeller(seller: Seller): SellerLine | null {
  const name = seller.name ?? '';
  switch (seller.kind) {
    case 'platform':
      return { line: 'seller.soldBy.platform', note: 'seller.note.platform', params: { name } };
    case 'third-party':
      if (!name) return null;
      return seller.trader === 'professional'
        ? { line: 'seller.soldBy.professional', note: 'seller.note.thirdParty', params: { name } }
        : { line: 'seller.soldBy.thirdParty', note: 'seller.note.thirdParty', params: { name } };
    case 'private':
      return name ? { line: 'seller.soldBy.private', note: 'seller.note.private', params: { name }, traderNote: 'seller.trader.privateRights' } : null;
    default:
      return null;
  }
}

/** The badge host's seller attributes: the documented contract every test and surface reads. */
export interface SellerAttributes {
  'data-seller-kind': Seller['kind'];
  'data-seller'?: string;
  'data-seller-trader'?: 'professional' | 'private';
  /** ISO 3166-1 alpha-2 of the business seller's address, where the page's trader block states its country. */
  'data-seller-country'?: string;
}

/**
 * Attributes for the badge host: `data-seller-kind` always, `data-seller` only with a name,
 * `data-seller-trader` only where the page stated it, `data-seller-country` only where the
 * business seller's block states a country. Values are plain text (the name was read
 * from text content and cleaned); set them with `dataset`/`setAttribute`, never as HTML.
 */
export function sellerAttributes(seller: Seller): SellerAttributes {
  const attributes: SellerAttributes = { 'data-seller-kind': seller.kind };
  if (seller.name) attributes['data-seller'] = seller.name;
  if (seller.kind !== 'platform' && seller.kind !== 'unknown' && seller.trader) attributes['data-seller-trader'] = seller.trader;
  if (seller.kind === 'third-party' && seller.identity?.country) attributes['data-seller-country'] = seller.identity.country;
  return attributes;
}
