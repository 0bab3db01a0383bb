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
    'Sur la page d’un produit, chez une place de marché suivie, un badge dit si la plateforme a signé la charte, et quand ; son bouton « Détails » mène aux sources.',
  'options.news.0.1.0.popup':
    'Un clic sur l’icône de l’extension : ce que l’on sait du site ouvert, et de quoi masquer le badge partout ou sur ce seul site.',
  'options.news.0.1.0.panel':
    'Le détail de la charte, à lire à côté de la page : ses engagements, chaque plateforme avec ses dates et ses sources, et ce que la charte ne dit pas.',
  'options.news.0.1.0.hide':
    'Masquer le badge sur un site se défait : pendant quelques secondes dans le badge, puis à tout moment depuis l’icône de l’extension ou cette page.',
  'options.news.0.1.0.welcome':
    'Une page d’accueil à l’installation, puis plus rien ne s’ouvre de lui-même : ce qui change est écrit ici.',
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
