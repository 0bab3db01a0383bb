import { frenchTable } from '../../lib/text';

/**
 * The strings the badge's first stage (the pill) carries, and nothing else: the only ones a
 * marketplace page loads before the card is opened. Its platform's status lines come with its
 * stage (lib/badge/groups/pill-lines.ts, from ./status-lines.ts). The other surfaces use these too.
 */
export default /* @__PURE__ */ frenchTable({
  'status.scope.foreign': '{status} · charte française',

  // The extension's name, shown on the pill: no one takes the badge for the marketplace's own claim.
  'badge.pill.mark': 'Charte PME',
  // Screen readers hear this before the short status line: the pill must say what it is about.
  'badge.pill.prefix': 'Charte PME, {platform} :',
  'badge.card.loadFailed': 'Le détail n’a pas pu s’ouvrir. Le statut ci-dessus reste valable ; la fenêtre de l’extension donne le reste.',
} as const);
