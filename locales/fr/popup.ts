import { frenchTable } from '../../lib/text';

/** Strings of the popup. Keys start with 'popup.'. Facts (names, dates, statuses) live in data/. */
export default frenchTable({
  'popup.title': 'Charte PME',

  'popup.site.heading': 'Sur cet onglet',
  'popup.site.loading': 'Lecture de l’onglet actif…',
  'popup.site.unsupported': 'Ce site n’est pas une place de marché suivie',
  'popup.site.tracked': 'Places de marché suivies',
  // The date that goes with the shown status: its precision is the sources' (a day, or a month).
  'popup.date.signatory': 'Signature : {date}',
  'popup.date.renewal-signatory': 'Engagement : {date}',
  'popup.date.declined': 'Refus rapporté : {date}',
  'popup.date.not-listed': 'Vérifié le {date}',

  'popup.charter.heading': 'Ce à quoi la charte engage les plateformes',
  'popup.charter.intro':
    'Un engagement volontaire et non contraignant des plateformes envers les TPE/PME qui vendent chez elles, en trois axes.',
  'popup.colon': ' : ',
  // One plain sentence per axis, after the axis title from data/charter/commitments.ts.
  'popup.axis.formalisation': 'des contrats et des documents contractuels clairs, compréhensibles et faciles d’accès.',
  'popup.axis.exchange':
    'expliquer un déréférencement et permettre de le contester, recourir à la médiation, mieux répondre aux PME.',
  'popup.axis.counterfeits': 'une procédure interne et un moyen pour les vendeurs de signaler une contrefaçon.',
  'popup.details': 'Détails de la charte',
  'popup.privacy': 'Confidentialité',

  'popup.settings.heading': 'Réglages',
  'popup.settings.show': 'Afficher le badge sur les pages produit',
  'popup.position.legend': 'Position du badge',
  'popup.position.bottom-right': 'En bas à droite',
  'popup.position.bottom-left': 'En bas à gauche',
  'popup.position.top-right': 'En haut à droite',
  'popup.position.top-left': 'En haut à gauche',
  'popup.position.inline': 'À côté du titre du produit',
  'popup.display.legend': 'À l’ouverture d’une page produit',
  'popup.display.compact': 'Badge compact',
  'popup.display.open': 'Badge ouvert (détails visibles)',

  'popup.snooze.legend': 'Pause',
  'popup.snooze.day': 'Pause d’un jour',
  'popup.snooze.week': 'Pause d’une semaine',
  'popup.snooze.until': 'Badge en pause jusqu’au {date}',
  'popup.snooze.cancel': 'Reprendre maintenant',

  'popup.hidden.heading': 'Sites où le badge est masqué',
  'popup.hidden.hideHere': 'Masquer le badge sur {site}',
  'popup.hidden.empty': 'Aucun site masqué.',
  'popup.hidden.remove': 'Retirer',
  'popup.hidden.removeLabel': 'Retirer {site}',

  'popup.language.label': 'Langue',
  'popup.reset': 'Rétablir les réglages par défaut',
  'popup.reset.done': 'Réglages par défaut rétablis.',
  'popup.reset.undo': 'Annuler',
  'popup.saveFailed': 'Le réglage n’a pas pu être enregistré.',
} as const);
