import { frenchTable } from '../../lib/text';

/** Strings of the badge. Keys start with 'badge.'. */
export default /* @__PURE__ */ frenchTable({
  'badge.card.label': 'Charte PME : {platform}',

  'badge.history.2019.signatory': 'A signé la charte de 2019 ({date})',
  'badge.history.2019.declined': 'N’a pas signé la charte de 2019 ({date})',
  'badge.history.2019.not-listed': 'Absent des signataires de mars 2019 (vérifié le {date})',
  'badge.history.2020-renewal.signatory': 'Engagé dans la charte renouvelée ({date})',
  'badge.history.2020-renewal.declined': 'N’a pas rejoint la charte renouvelée ({date})',
  'badge.history.2020-renewal.not-listed':
    'Absent des signataires connus de la charte renouvelée (vérifié le {date})',
  'badge.history.inferred': 'déduction, non confirmée',
  // Editions the status line already names: their date only.
  'badge.history.2019.on': 'Charte de 2019 : {date}',
  'badge.history.2020-renewal.on': 'Charte renouvelée : {date}',
  'badge.history.checked': 'Listes vérifiées le {date}',

  'badge.meaning.is':
    'Un engagement volontaire et non contraignant, sur les relations entre la plateforme et les TPE/PME qui y vendent.',
  'badge.meaning.notListed':
    'Ce n’est pas un jugement : aucune source consultée ne cite cette plateforme parmi les signataires, ni parmi celles qui ont décliné.',

  'badge.action.details': 'Détails',
  'badge.action.hide': 'Masquer sur ce site',
  'badge.action.close': 'Fermer',
  'badge.action.undo': 'Annuler',
  'badge.hide.pending': 'Le badge va quitter {site}.',
  'badge.hide.failed': 'Impossible d’enregistrer ce choix. Réessayez, ou passez par la fenêtre de l’extension.',

  'badge.toolbar.title': 'Charte PME — {platform} : {status}',
} as const);
