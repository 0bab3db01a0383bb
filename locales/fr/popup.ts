/** Strings of the popup. Keys start with 'popup.'. Facts (names, dates, statuses) live in data/. */
export default {
  'popup.title': 'Charte PME',

  'popup.site.heading': 'Sur cet onglet',
  'popup.site.loading': 'Lecture de l\u2019onglet actif\u2026',
  'popup.site.unsupported': 'Ce site n\u2019est pas une place de march\u00e9 suivie',
  'popup.site.tracked': 'Places de march\u00e9 suivies',
  // The date that goes with the shown status: its precision is the sources' (a day, or a month).
  'popup.date.signatory': 'Signature\u00a0: {date}',
  'popup.date.renewal-signatory': 'Engagement\u00a0: {date}',
  'popup.date.declined': 'Refus rapport\u00e9\u00a0: {date}',
  'popup.date.not-listed': 'V\u00e9rifi\u00e9 le {date}',

  'popup.charter.heading': 'Ce \u00e0 quoi la charte engage les plateformes',
  'popup.charter.intro':
    'Un engagement volontaire et non contraignant des plateformes envers les TPE/PME qui vendent chez elles, en trois axes.',
  'popup.colon': '\u00a0: ',
  // One plain sentence per axis, after the axis title from data/charter/commitments.ts.
  'popup.axis.formalisation': 'des contrats et des documents contractuels clairs, compr\u00e9hensibles et faciles d\u2019acc\u00e8s.',
  'popup.axis.exchange':
    'expliquer un d\u00e9r\u00e9f\u00e9rencement et permettre de le contester, recourir \u00e0 la m\u00e9diation, mieux r\u00e9pondre aux PME.',
  'popup.axis.counterfeits': 'une proc\u00e9dure interne et un moyen pour les vendeurs de signaler une contrefa\u00e7on.',
  'popup.details': 'D\u00e9tails de la charte',
  'popup.privacy': 'Confidentialit\u00e9',

  'popup.settings.heading': 'R\u00e9glages',
  'popup.settings.show': 'Afficher le badge sur les pages produit',
  'popup.position.legend': 'Position du badge',
  'popup.position.bottom-right': 'En bas \u00e0 droite',
  'popup.position.bottom-left': 'En bas \u00e0 gauche',
  'popup.position.top-right': 'En haut \u00e0 droite',
  'popup.position.top-left': 'En haut \u00e0 gauche',
  'popup.position.inline': '\u00c0 c\u00f4t\u00e9 du titre du produit',
  'popup.display.legend': '\u00c0 l\u2019ouverture d\u2019une page produit',
  'popup.display.compact': 'Badge compact',
  'popup.display.open': 'Badge ouvert (d\u00e9tails visibles)',

  'popup.snooze.legend': 'Pause',
  'popup.snooze.day': 'Pause d\u2019un jour',
  'popup.snooze.week': 'Pause d\u2019une semaine',
  'popup.snooze.until': 'Badge en pause jusqu\u2019au {date}',
  'popup.snooze.cancel': 'Reprendre maintenant',

  'popup.hidden.heading': 'Sites o\u00f9 le badge est masqu\u00e9',
  'popup.hidden.hideHere': 'Masquer le badge sur {site}',
  'popup.hidden.empty': 'Aucun site masqu\u00e9.',
  'popup.hidden.remove': 'Retirer',
  'popup.hidden.removeLabel': 'Retirer {site}',

  'popup.language.label': 'Langue',
  'popup.reset': 'R\u00e9tablir les r\u00e9glages par d\u00e9faut',
  'popup.reset.done': 'R\u00e9glages par d\u00e9faut r\u00e9tablis.',
  'popup.reset.undo': 'Annuler',
  'popup.saveFailed': 'Le r\u00e9glage n\u2019a pas pu \u00eatre enregistr\u00e9.',
} as const;
