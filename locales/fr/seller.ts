import { frenchTable } from '../../lib/text';

/**
 * Strings for the seller line of the badge card (issue 8). Keys start with 'seller.'. Nothing is
 * shown when the seller is unknown; the note keeps the card about the platform, not the seller.
 */
export default frenchTable({
  'seller.label': 'Vendeur de cet article',
  'seller.soldBy.platform': 'Vendu par la plateforme',
  'seller.soldBy.thirdParty': 'Vendu par : {name} (vendeur tiers)',
  'seller.soldBy.professional': 'Vendu par : {name} (vendeur tiers, vendeur professionnel)',
  'seller.soldBy.private': 'Vendu par : {name} (particulier)',
  // F14: the charter covers professional sellers (TPE/PME) in their dealings with the platform.
  'seller.note.platform':
    'La charte porte sur la façon dont la plateforme traite les vendeurs tiers ; ici, elle vend elle-même.',
  'seller.note.thirdParty':
    'La charte porte sur la façon dont la plateforme traite les vendeurs comme celui-ci, pas sur ce vendeur.',
  'seller.note.private':
    'La charte porte sur la façon dont la plateforme traite les vendeurs professionnels (TPE/PME), pas les particuliers.',
  // Wording of the law: « professionnel » / « consommateur » (Code de la consommation), the
  // « droit de rétractation » (art. L221-18) and the « garantie légale de conformité » (art.
  // L217-3 s.) bind a professional seller; art. 6 bis of directive 2011/83/EU (Omnibus) has the
  // marketplace say so when the seller is not a professional. Informs, advises nothing.
  'seller.trader.privateRights':
    "Selon la page, ce vendeur est un particulier : les droits prévus pour les achats auprès d'un professionnel, comme le droit de rétractation et la garantie légale de conformité, peuvent ne pas s'appliquer.",
  // Issue 25: the trader block's statements (legal name, country, numbers), neutral for every country.
  'seller.identity.line': 'Vendeur professionnel : {summary}',
  'seller.identity.number': '{value}',
  'seller.identity.register': 'immatriculation {value}',
  'seller.identity.vat': 'TVA {value}',
  'seller.identity.asStated': '(tel qu’indiqué par la page)',
  'seller.identity.details': 'Adresse et numéros indiqués par la page',
  'seller.identity.source':
    'Recopié du bloc « vendeur professionnel » de la page : rien n’est vérifié auprès d’un registre, rien n’est envoyé.',
} as const);
