import { frenchTable } from '../../lib/text';

/**
 * Everything the badge's first stage (the pill) shows, and nothing else: the only strings a
 * marketplace page loads before the card is opened. The other surfaces use these lines too.
 */
export default /* @__PURE__ */ frenchTable({
  // The one short status line (lib/status.ts shortStatus). 2019 signatories also committed, as a
  // group, to the December 2020 renewal: their line says so, so it does not read older than Amazon's.
  'status.signatory.short': 'Signataire de la charte (2019, renouvelée en 2020)',
  'status.signatory.firstOnly.short': 'Signataire de la charte (2019)',
  'status.renewal-signatory.short': 'A rejoint la charte renouvelée (déc. 2020)',
  'status.declined.short': 'N’a pas signé la charte (2019)',
  'status.not-listed.short': 'Absent des signataires connus',
  'status.inferred': '{status}, par déduction',
  'status.inferred.via': '{status}, par déduction (groupe {group})',
  'status.scope.foreign': '{status} · charte française',

  // The extension's name, shown on the pill: no one takes the badge for the marketplace's own claim.
  'badge.pill.mark': 'Charte PME',
  // Screen readers hear this before the short status line: the pill must say what it is about.
  'badge.pill.prefix': 'Charte PME, {platform} :',
  // The narrow-screen chip (under 600 px): an icon and a word, the full status in the accessible name.
  'badge.chip.signatory': 'Charte ✓',
  'badge.chip.renewal-signatory': 'Charte +',
  'badge.chip.declined': 'Charte –',
  'badge.chip.not-listed': 'Charte ?',
  'badge.card.loadFailed': 'Le détail n’a pas pu s’ouvrir. Le statut ci-dessus reste valable ; la fenêtre de l’extension donne le reste.',
} as const);
