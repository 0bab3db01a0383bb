/**
 * Strings for the seller line of the badge card (issue 8). Keys start with 'seller.'. Nothing is
 * shown when the seller is unknown; the note keeps the card about the platform, not the seller.
 */
export default {
  'seller.label': 'Vendeur de cet article',
  'seller.soldBy.platform': 'Vendu par la plateforme',
  'seller.soldBy.thirdParty': 'Vendu par\u00a0: {name} (vendeur tiers)',
  'seller.soldBy.private': 'Vendu par\u00a0: {name} (particulier)',
  // F14: the charter covers professional sellers (TPE/PME) in their dealings with the platform.
  'seller.note.platform':
    'La charte porte sur la fa\u00e7on dont la plateforme traite les vendeurs tiers\u00a0; ici, elle vend elle-m\u00eame.',
  'seller.note.thirdParty':
    'La charte porte sur la fa\u00e7on dont la plateforme traite les vendeurs comme celui-ci, pas sur ce vendeur.',
  'seller.note.private':
    'La charte porte sur la fa\u00e7on dont la plateforme traite les vendeurs professionnels (TPE/PME), pas les particuliers.',
} as const;
