import type { MessageKey } from '../../locales';
import type { Seller } from './types';

/** What the badge card shows about the seller: one line, one neutral note, or nothing. */
export interface SellerLine {
  line: MessageKey;
  note: MessageKey;
  params: { name: string };
}

/**
 * The card's seller line for a reading, or null when the seller is unknown (the card then says
 * nothing about the seller). A third-party or private reading always carries a name.
 * @example describeSeller({ kind: 'third-party', name: 'Foo' }) // { line: 'seller.soldBy.thirdParty', … }
 */
export function describeSeller(seller: Seller): SellerLine | null {
  const name = seller.name ?? '';
  switch (seller.kind) {
    case 'platform':
      return { line: 'seller.soldBy.platform', note: 'seller.note.platform', params: { name } };
    case 'third-party':
      return name ? { line: 'seller.soldBy.thirdParty', note: 'seller.note.thirdParty', params: { name } } : null;
    case 'private':
      return name ? { line: 'seller.soldBy.private', note: 'seller.note.private', params: { name } } : null;
    default:
      return null;
  }
}

/**
 * Attributes for the badge host: `data-seller-kind` always, `data-seller` only with a name.
 * Values are plain text (the name was read from text content and cleaned); set them with
 * `dataset`/`setAttribute`, never as HTML.
 */
export function sellerAttributes(seller: Seller): { 'data-seller-kind': Seller['kind']; 'data-seller'?: string } {
  return seller.name ? { 'data-seller-kind': seller.kind, 'data-seller': seller.name } : { 'data-seller-kind': seller.kind };
}
