import type fr from '../fr/pill';

/** The strings the badge's first stage (the pill) carries (see fr/pill.ts). */
export default {
  'status.scope.foreign': '{status} · French charter',

  'badge.pill.mark': 'Charte PME',
  'badge.pill.prefix': 'Charte PME, {platform}:',
  'badge.card.loadFailed': 'The details could not open. The status above still holds; the extension’s popup gives the rest.',
} as const satisfies Record<keyof typeof fr, string>;
