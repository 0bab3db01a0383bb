import type fr from '../fr/popup';

export default {
  'popup.title': 'Charte PME',
  'popup.settings': 'Settings',

  'popup.site.heading': 'On this tab',
  'popup.site.loading': 'Reading the active tab…',
  'popup.site.unsupported': 'This site is not a tracked marketplace',
  'popup.site.tracked': 'Tracked marketplaces',
  'popup.site.openEntry': '{name}: {status}. See its entry',
  'popup.legend': 'Symbols',
  'popup.legend.signatory': 'signatory (2019 and 2020)',
  'popup.legend.renewal-signatory': 'joined in 2020',
  'popup.legend.declined': 'did not sign (2019)',
  'popup.legend.not-listed': 'not among known signatories',
  'popup.legend.inferred': 'inference (the group’s status)',
  'popup.legend.toolbar': 'toolbar: "{yes}", "{no}" or "{unknown}"',
  'popup.date.signatory': 'Signed: {date}',
  'popup.date.renewal-signatory': 'Joined: {date}',
  'popup.date.declined': 'Refusal reported: {date}',
  'popup.date.not-listed': 'Checked on {date}',
  'popup.hideHere': 'Hide the badge on {site}',
  'popup.showBadge': 'Show the badge on product pages',
  'popup.report': 'Report a wrong match',

  'popup.charter.heading': 'The charter',
  'popup.charter.sentence':
    'A voluntary, non-binding commitment by platforms toward the small businesses that sell on them: clear contracts, open dialogue with mediation, and action against counterfeits.',
  'popup.colon': ': ',
  'popup.axis.formalisation': 'contracts and contract documents that are clear, understandable and easy to find.',
  'popup.axis.exchange': 'explain a delisting and let sellers contest it, use mediation, answer small businesses better.',
  'popup.axis.counterfeits': 'an internal procedure, and a way for sellers to report counterfeits.',
  'popup.details': 'Charter details',
  'popup.privacy': 'Privacy',
  'popup.independent': 'An independent tool, not affiliated with the government.',
  'popup.saveFailed': 'The setting could not be saved.',
} as const satisfies Record<keyof typeof fr, string>;
