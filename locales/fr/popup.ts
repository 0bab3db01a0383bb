import { frenchTable } from '../../lib/text';

/** Strings of the popup. Keys start with 'popup.'. Facts (names, dates, statuses) live in data/. */
// Pure: a context that never reads this table (the content script) drops it from its bundle.
export default /*#__PURE__*/ frenchTable({
  'popup.title': 'Charte PME',
  'popup.settings': 'Réglages',

  'popup.site.heading': 'Sur cet onglet',
  'popup.site.loading': 'Lecture de l’onglet actif…',
  'popup.site.unsupported': 'Ce site n’est pas une place de marché suivie',
  'popup.site.tracked': 'Places de marché suivies',
  'popup.site.openEntry': '{name} : {status}. Voir sa fiche',
  'popup.legend': 'Symboles',
  'popup.legend.signatory': 'signataire (2019 et 2020)',
  'popup.legend.renewal-signatory': 'a rejoint en 2020',
  'popup.legend.declined': 'n’a pas signé (2019)',
  'popup.legend.not-listed': 'pas parmi les signataires connus',
  'popup.legend.inferred': 'déduction (statut du groupe)',
  // The toolbar icon's marks (lib/status.ts toolbarMark), passed in so they are written once; the
  // star is the item above.
  'popup.legend.toolbar': 'barre d’outils : « {yes} », « {no} » ou « {unknown} »',
  // The date that goes with the shown status: its precision is the sources' (a day, or a month).
  'popup.date.signatory': 'Signature : {date}',
  'popup.date.renewal-signatory': 'Engagement : {date}',
  'popup.date.declined': 'Refus rapporté : {date}',
  'popup.date.not-listed': 'Vérifié le {date}',
  'popup.showHere': 'Afficher sur {site}',
  'popup.hiddenHere': 'Le badge est masqué sur {site}.',
  'popup.links': 'Liens',
  'popup.report.back': 'Retour',
  'popup.showBadge': 'Afficher le badge sur les pages produit',
  'popup.report': 'Signaler une erreur de détection',

  'popup.charter.heading': 'La charte',
  'popup.charter.sentence':
    'Un engagement volontaire et non contraignant des plateformes envers les TPE/PME qui vendent chez elles : des contrats clairs, un dialogue ouvert avec médiation, la lutte contre la contrefaçon.',
  'popup.colon': ' : ',
  // One plain sentence per axis, after the axis title from data/charter/commitments.ts (side panel entries).
  'popup.axis.formalisation': 'des contrats et des documents contractuels clairs, compréhensibles et faciles d’accès.',
  'popup.axis.exchange':
    'expliquer un déréférencement et permettre de le contester, recourir à la médiation, mieux répondre aux PME.',
  'popup.axis.counterfeits': 'une procédure interne et un moyen pour les vendeurs de signaler une contrefaçon.',
  'popup.details': 'Détails de la charte',
  'popup.privacy': 'Confidentialité',
  'popup.independent': 'Outil indépendant, sans lien avec l’administration.',
  'popup.saveFailed': 'Le réglage n’a pas pu être enregistré.',
} as const);
