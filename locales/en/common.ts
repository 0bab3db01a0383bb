import type fr from '../fr/common';

export default {
  'ext.name': 'Charte PME',
  'ext.description':
    'Shows whether the marketplace signed the French e-commerce charter toward small businesses (2019, renewed 2020). Sourced, neutral.',
  'cmd.toggleBadge': 'Show or hide the Charte PME badge',

  'status.signatory.short': 'Signed the e-commerce charter (2019)',
  'status.renewal-signatory.short': 'Joined the renewed charter (Dec. 2020)',
  'status.declined.short': 'Did not sign the charter (2019)',
  'status.not-listed.short': 'Not among known signatories',

  'status.signatory.long':
    '{name} signed the Charte des acteurs du e-commerce (Bercy, 26 March 2019), a voluntary, non-binding commitment toward the small businesses that sell on the platform.',
  'status.renewal-signatory.long':
    '{name} was not among the March 2019 signatories and joined the renewed charter announced in December 2020 (according to press reports).',
  'status.declined.long':
    '{name} did not sign the March 2019 charter. No later signature is known as of {reviewedOn}.',
  'status.not-listed.long':
    '{name} is not in any known list of signatories (checked on {reviewedOn}). This is not a judgement: it only means no source names it.',

  'edition.2019': 'March 2019 charter',
  'edition.2020-renewal': 'Renewed charter (Dec. 2020)',
  'edition.status.signatory': 'signatory',
  'edition.status.declined': 'did not sign',
  'edition.status.not-listed': 'not in known lists',
  'confidence.S': 'cited source',
  'confidence.S-code': 'seen in public code',
  'confidence.I': 'inference, unconfirmed',
  'confidence.GK': 'unverified general knowledge',
  'confidence.U': 'unknown',

  'scope.platformNotSeller': 'This is about the platform, not about the seller of this item or the product.',
  'scope.noBoycott': 'This is not a call for a boycott: the choice is yours, in all conscience.',
  'reviewedOn': 'Data checked on {date}',

  'lang.auto': 'Browser language',
  'lang.fr': 'Français',
  'lang.en': 'English',
} as const satisfies Record<keyof typeof fr, string>;
