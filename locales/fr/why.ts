import { frenchTable } from '../../lib/text';

/**
 * "Why a badge on the active tab?" in a shopper's words (lib/why.ts): what the detector read in the
 * tab's address, its own signals left for a further disclosure.
 */
export default frenchTable({
  'why.host': 'Cette page est sur {host}, un site de {platform}.',
  'why.rule': 'L’adresse de cette page ressemble à une fiche produit {platform}.',
  'why.ambiguous': 'L’adresse pourrait être celle d’une fiche produit ; le contenu de la page l’a confirmé.',
  'why.unchecked': 'L’adresse pourrait être celle d’une fiche produit ; c’est le contenu de la page qui décide.',
  'why.declaresProduct': 'La page se déclare comme un produit.',
  'why.notProduct':
    'Cette page n’est pas une fiche produit : pas de badge ici, seule l’icône de la barre d’outils donne le statut.',
} as const);
