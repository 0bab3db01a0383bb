import type fr from '../fr/seller';

export default {
  'seller.label': 'Seller of this item',
  'seller.soldBy.platform': 'Sold by the platform',
  'seller.soldBy.thirdParty': 'Sold by: {name} (third-party seller)',
  'seller.soldBy.private': 'Sold by: {name} (private seller)',
  'seller.note.platform': 'The charter is about how the platform treats third-party sellers; here it sells the item itself.',
  'seller.note.thirdParty': 'The charter is about how the platform treats sellers like this one, not about this seller.',
  'seller.note.private':
    'The charter is about how the platform treats professional sellers (small and medium businesses), not private individuals.',
} as const satisfies Record<keyof typeof fr, string>;
