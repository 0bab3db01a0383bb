import type fr from '../fr/pill';

/** Everything the badge's first stage (the pill) shows (see fr/pill.ts). */
export default {
  'status.signatory.short': 'Signed the charter (2019, renewed 2020)',
  'status.signatory.firstOnly.short': 'Signed the charter (2019)',
  'status.renewal-signatory.short': 'Joined the renewed charter (Dec. 2020)',
  'status.declined.short': 'Did not sign the charter (2019)',
  'status.not-listed.short': 'Not among known signatories',
  'status.inferred': '{status}, by inference',
  'status.inferred.via': '{status}, by inference ({group} group)',
  'status.scope.foreign': '{status} · French charter',

  'badge.pill.mark': 'Charte PME',
  'badge.pill.prefix': 'Charte PME, {platform}:',
  'badge.chip.signatory': 'Charter ✓',
  'badge.chip.renewal-signatory': 'Charter +',
  'badge.chip.declined': 'Charter –',
  'badge.chip.not-listed': 'Charter ?',
  'badge.card.loadFailed': 'The details could not open. The status above still holds; the extension’s popup gives the rest.',
} as const satisfies Record<keyof typeof fr, string>;
