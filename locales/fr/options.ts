import { frenchTable } from '../../lib/text';

/** Strings of the options page (every setting, what's new). Keys start with 'options.'. */
// Pure: a context that never reads this table (the content script) drops it from its bundle.
export default /*#__PURE__*/ frenchTable({
  'options.title': 'Charte PME : réglages',
  'options.badge.heading': 'Le badge',
  'options.general.heading': 'Langue et réinitialisation',
  'options.links.heading': 'Aller plus loin',
  'options.links.panel': 'Détails de la charte',
  'options.links.welcome': 'Revoir la page d’accueil',
  'options.whatsNew.heading': 'Nouveautés',
  'options.whatsNew.version': 'Version {version}',
  'options.news.0.1.0.badge':
    'Un badge sur les pages produit des places de marché suivies : le statut de la plateforme pour chaque édition de la charte, daté ; les sources sont dans le panneau latéral.',
  'options.news.0.1.0.popup':
    'Une fenêtre résumée : le statut du site, la charte en une phrase, deux réglages rapides ; les autres réglages sont sur cette page.',
  'options.news.0.1.0.panel':
    'Un panneau latéral qui se parcourt : sommaire, une ligne par plateforme qui se déplie, sources repliées.',
  'options.news.0.1.0.welcome':
    'Une page d’accueil à l’installation, et rien à la mise à jour : les nouveautés sont ici.',
  'options.heading': 'Réglages',
  'options.show': 'Afficher le badge sur les pages produit',
  'options.position.legend': 'Position du badge',
  'options.position.bottom-right': 'En bas à droite',
  'options.position.bottom-left': 'En bas à gauche',
  'options.position.top-right': 'En haut à droite',
  'options.position.top-left': 'En haut à gauche',
  'options.position.inline': 'Sous le titre du produit (sinon en bas à droite)',
  'options.display.legend': 'À l’ouverture d’une page produit',
  'options.display.compact': 'Badge compact',
  'options.display.open': 'Badge ouvert (détails visibles)',
  'options.snooze.legend': 'Pause',
  'options.snooze.day': 'Pause d’un jour',
  'options.snooze.week': 'Pause d’une semaine',
  'options.snooze.until': 'Badge en pause jusqu’au {date}',
  'options.snooze.cancel': 'Reprendre maintenant',
  'options.hidden.heading': 'Sites où le badge est masqué',
  'options.hidden.empty': 'Aucun site masqué.',
  'options.hidden.remove': 'Retirer',
  'options.hidden.removeLabel': 'Retirer {site}',
  'options.language.label': 'Langue',
  'options.reset': 'Rétablir les réglages par défaut',
  'options.reset.done': 'Réglages par défaut rétablis.',
  'options.reset.undo': 'Annuler',
  'options.saveFailed': 'Le réglage n’a pas pu être enregistré.',
} as const);
