import { frenchTable } from '../../lib/text';

/**
 * "Why am I seeing this?" in a shopper's words (lib/why.ts); the detector's signal goes behind a
 * further disclosure, under 'why.technical'.
 */
export default frenchTable({
  'why.title': 'Pourquoi ce badge ?',
  'why.host': 'Ce site appartient à {platform}.',
  'why.rule': 'L’adresse de cette page ressemble à une fiche produit {platform}.',
  'why.ambiguous': 'L’adresse de cette page peut être celle d’une fiche produit {platform}, et son contenu le confirme.',
  'why.marker': 'La page contient les éléments d’une fiche produit {platform}.',
  'why.declaresProduct': 'La page se déclare comme un produit.',
  'why.hostNotListed': 'Ce site n’est pas une place de marché suivie.',
  'why.errorPage': 'La page ressemble à une page d’erreur.',
  'why.noProductSignal': 'Le contenu de la page ne ressemble pas à une fiche produit.',
  'why.notChecked': 'Le contenu de la page n’a pas été vérifié.',
  'why.other': 'Un autre indice a été relevé.',
  'why.technical': 'Détail technique',
} as const);
