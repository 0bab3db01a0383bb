import type fr from '../fr/status-lines';

/** The short status lines (see fr/status-lines.ts). */
export default {
  'status.signatory.short': 'Signed the charter (2019, renewed 2020)',
  'status.signatory.firstOnly.short': 'Signed the charter (2019)',
  'status.renewal-signatory.short': 'Joined the renewed charter (Dec. 2020)',
  'status.declined-joined.short': 'Declined in 2019, joined the renewed charter (Dec. 2020, per the press)',
  'status.declined.short': 'Did not sign the charter (2019)',
  'status.not-listed.short': 'Not among known signatories',
  'status.inferred': '{status}, by inference',
  'status.inferred.via': '{status}, by inference ({group} group)',

  'badge.chip': 'Charte PME: {status}',
  'badge.chip.signatory': 'signed',
  'badge.chip.renewal-signatory': 'signed in 2020',
  'badge.chip.declined-joined': 'declined in 2019, signed in 2020',
  'badge.chip.declined': 'not signed',
} as const satisfies Record<keyof typeof fr, string>;
