/** Strings of the badge. Keys start with 'badge.'. */
export default {
  // Screen readers hear this before the short status line: the pill must say what it is about.
  'badge.pill.prefix': 'Charte PME, {platform} :',
  'badge.card.label': 'Charte PME : {platform}',
  'badge.announce': 'Charte PME, {platform} : {status}',

  'badge.history.title': 'Historique',
  'badge.history.2019.signatory': 'A sign\u00e9 la charte de mars 2019 ({date})',
  'badge.history.2019.declined': 'N\u2019a pas sign\u00e9 la charte de mars 2019 ({date})',
  'badge.history.2019.not-listed': 'Absent des signataires de mars 2019 (v\u00e9rifi\u00e9 le {date})',
  'badge.history.2020-renewal.signatory': 'Engag\u00e9 dans la charte renouvel\u00e9e ({date})',
  'badge.history.2020-renewal.declined': 'N\u2019a pas rejoint la charte renouvel\u00e9e ({date})',
  'badge.history.2020-renewal.not-listed':
    'Absent des signataires connus de la charte renouvel\u00e9e (v\u00e9rifi\u00e9 le {date})',
  'badge.history.inferred': 'd\u00e9duction, non confirm\u00e9e',

  'badge.axes.title': 'Les trois engagements',
  // One line per axis of the charter (F12); a test keeps the ids in step with data/charter/commitments.ts.
  'badge.axes.formalisation': 'Formaliser la relation commerciale',
  'badge.axes.exchange': 'Un \u00e9change ouvert, fiable et individualis\u00e9',
  'badge.axes.counterfeits': 'Lutter contre la contrefa\u00e7on',

  'badge.meaning.title': 'Ce que cela veut dire',
  'badge.meaning.is':
    'Un engagement volontaire et non contraignant, sur les relations entre la plateforme et les TPE/PME qui y vendent.',
  'badge.meaning.notListed':
    'Ce n\u2019est pas un jugement : aucune source consult\u00e9e ne cite cette plateforme parmi les signataires, ni parmi celles qui ont d\u00e9clin\u00e9.',
  'badge.meaning.isNot': 'Cela ne dit rien de ce produit ni du vendeur de cet article.',

  'badge.why.title': 'Pourquoi ce badge ?',
  'badge.why.host': 'L\u2019adresse {host} est un site de la plateforme {platform}.',
  'badge.why.rule': 'L\u2019adresse de la page a la forme d\u2019une page produit ({rule}).',
  'badge.why.ambiguous': 'L\u2019adresse peut \u00eatre celle d\u2019une page produit ({rule}) ; le contenu de la page l\u2019a confirm\u00e9.',
  'badge.why.dom': 'Le contenu de la page indique une page produit ({detail}).',
  'badge.why.other': 'Indice : {detail}',

  'badge.action.details': 'D\u00e9tails',
  'badge.action.hide': 'Masquer sur ce site',
  'badge.action.report': 'Signaler une erreur de d\u00e9tection',
  'badge.action.close': 'Fermer',

  'badge.report.subject': 'Charte PME : erreur de d\u00e9tection sur {host}',
  'badge.report.body':
    'Bonjour,\n\nLe badge Charte PME me semble se tromper sur cette page.\n\nPage : {page}\nPlateforme reconnue : {platform}\nStatut affich\u00e9 : {status}\nIndices : {signals}\nVersion : {version}\n\nCe qui ne va pas :\n',

  'badge.toolbar.title': 'Charte PME \u2014 {platform} : {status}',
} as const;
