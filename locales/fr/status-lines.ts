import { frenchTable } from '../../lib/text';

/**
 * The short status lines (lib/status.ts shortStatus, chipStatus), for every short surface. The
 * badge's first stages do not carry this table: the platform registry writes each platform's two
 * lines into its stage at build time (lib/badge/groups/pill-lines.ts).
 */
export default /* @__PURE__ */ frenchTable({
  // 2019 signatories also committed, as a group, to the December 2020 renewal: their line says so,
  // so it does not read older than Amazon's.
  'status.signatory.short': 'Signataire de la charte (2019, renouvelée en 2020)',
  'status.signatory.firstOnly.short': 'Signataire de la charte (2019)',
  'status.renewal-signatory.short': 'A rejoint la charte renouvelée (déc. 2020)',
  // A platform that declined in 2019 and joined in 2020 (Amazon): both editions, and the press basis.
  'status.declined-joined.short': 'Refus en 2019, a rejoint la charte renouvelée (déc. 2020, selon la presse)',
  'status.declined.short': 'N’a pas signé la charte (2019)',
  'status.not-listed.short': 'Pas parmi les signataires connus',
  'status.inferred': '{status}, par déduction',
  'status.inferred.via': '{status}, par déduction (groupe {group})',

  // The narrow-screen chip (under 600 px, lib/status.ts chipStatus): it names itself and says the
  // status in words a shopper reads (« pas parmi les signataires connus » is the short line's own
  // words; an inference adds « par déduction », status.inferred). The full line stays in the accessible name.
  'badge.chip': 'Charte PME : {status}',
  'badge.chip.signatory': 'signée',
  'badge.chip.renewal-signatory': 'signée en 2020',
  'badge.chip.declined-joined': 'refus en 2019, signée en 2020',
  'badge.chip.declined': 'non signée',
} as const);
