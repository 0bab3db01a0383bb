import type fr from '../fr/seller';

export default {
  'seller.label': 'Seller of this item',
  'seller.soldBy.platform': 'Sold by the platform',
  'seller.soldBy.thirdParty': 'Sold by: {name} (third-party seller)',
  'seller.soldBy.professional': 'Sold by: {name} (third-party seller, professional seller)',
  'seller.soldBy.private': 'Sold by: {name} (private seller)',
  'seller.note.platform': 'The charter is about how the platform treats third-party sellers; here it sells the item itself.',
  'seller.note.thirdParty': 'The charter is about how the platform treats sellers like this one, not about this seller.',
  'seller.note.private':
    'The charter is about how the platform treats professional sellers (small and medium businesses), not private individuals.',
  // Art. 6a of Directive 2011/83/EU speaks of a "trader"; the rights are those of its art. 9
  // (withdrawal) and of Directive 2019/771 (legal guarantee of conformity).
  'seller.trader.privateRights':
    'According to the page, this seller is a private individual: consumer rights that apply to purchases from a trader, such as the right of withdrawal and the legal guarantee of conformity, may not apply.',
  'seller.identity.line': 'Business seller: {summary}',
  'seller.identity.number': '{value}',
  'seller.identity.register': 'company no. {value}',
  'seller.identity.vat': 'VAT {value}',
  'seller.identity.asStated': '(as stated by the page)',
  'seller.identity.details': 'Address and numbers as the page states them',
  'seller.identity.source': 'Copied from the page’s business seller block: nothing is checked against a register, nothing is sent.',
} as const satisfies Record<keyof typeof fr, string>;
