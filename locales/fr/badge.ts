import { frenchTable } from '../../lib/text';

/** Strings of the badge. Keys start with 'badge.'. */
export default /* @__PURE__ */ frenchTable({
  'badge.card.label': 'Charte PME : {platform}',

  'badge.history.2019.signatory': 'A signé la charte de 2019 ({date})',
  'badge.history.2019.declined': 'N’a pas signé la charte de 2019 ({date})',
  'badge.history.2019.not-listed': 'Pas parmi les signataires de mars 2019 (vérifié le {date})',
  'badge.history.2020-renewal.signatory': 'Engagé dans la charte renouvelée ({date})',
  'badge.history.2020-renewal.declined': 'N’a pas rejoint la charte renouvelée ({date})',
  'badge.history.2020-renewal.not-listed':
    'Pas parmi les signataires connus de la charte renouvelée (vérifié le {date})',
  // A status that is a group's (Fnac Darty signed; Alibaba declined): the line names the group.
  'badge.history.2019.signatory.group': 'Le groupe {group} a signé la charte de 2019 ({date})',
  'badge.history.2019.declined.group': 'Le groupe {group} n’a pas signé la charte de 2019 ({date})',
  'badge.history.2020-renewal.signatory.group': 'Le groupe {group} s’est engagé dans la charte renouvelée ({date})',
  'badge.history.2020-renewal.declined.group': 'Le groupe {group} n’a pas rejoint la charte renouvelée ({date})',
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
  // The toolbar icon's text (lib/status.ts toolbarMark): at most four characters, words rather
  // than ticks; a star marks an inference (the title says whose).
  'badge.mark.signatory': 'oui',
  'badge.mark.renewal-signatory': 'oui',
  'badge.mark.declined': 'non',
  'badge.mark.not-listed': '?',
  'badge.mark.inferred': '{mark}*',
} as const);
