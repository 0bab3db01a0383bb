import type fr from '../fr/status-in-full';

export default {
  'status.count.withInferred': '{sourced} + {names} by inference',
  'status.signatory.long':
    '{name} signed the Charte des acteurs du e-commerce (Bercy, 26 March 2019), a voluntary, non-binding commitment toward the small businesses that sell on the platform. In December 2020 all the first signatories ("l’ensemble des premiers signataires") committed to the renewed charter, according to press reports of the ministry’s release (a collective commitment).',
  'status.signatory.group.long':
    'The {group} group, which {name} is part of, signed the Charte des acteurs du e-commerce (Bercy, 26 March 2019), a voluntary, non-binding commitment toward the small businesses that sell on its platforms. In December 2020 all the first signatories ("l’ensemble des premiers signataires") committed to the renewed charter, according to press reports of the ministry’s release (a collective commitment).',
  'status.signatory.inferred.long':
    'The March 2019 charter was signed by the {group} group; {name} is part of that group (inference, unconfirmed: no source names {name}). In December 2020 all the first signatories committed to the renewed charter, according to press reports.',
  'status.renewal-signatory.long':
    '{name} was not among the March 2019 signatories and joined the renewed charter, announced on 7 December 2020 (according to press reports).',
  'status.declined-joined.long':
    '{name} declined to sign the March 2019 charter, then joined the renewed charter, announced on 7 December 2020 (according to press reports).',
  'status.declined.long':
    '{name} did not sign the March 2019 charter. No later signature is known as of {reviewedOn}.',
  'status.declined.inferred.long':
    '{group} did not sign the March 2019 charter; {name} is part of the {group} group (inference, unconfirmed: no source reports a refusal by {name}). No later signature is known as of {reviewedOn}.',
  'status.not-listed.long':
    '{name} is not in any known list of signatories (checked on {reviewedOn}). This is not a judgement: it only means that no source we consulted names it among the signatories.',

  'edition.2019': 'March 2019 charter',
  'edition.2020-renewal': 'Renewed charter (Dec. 2020)',
  'edition.status.signatory': 'signatory',
  'edition.status.declined': 'did not sign',
  'edition.status.not-listed': 'not among known signatories',
  'edition.date.signatory': 'date: {date}',
  'edition.date.declined': 'refusal reported on {date}',
  'edition.date.not-listed': 'checked on {date}',
  'edition.date.signatory.via': 'commitment of the {group} group ({date})',
  'edition.date.declined.via': 'refusal by the {group} group ({date})',

  'confidence.S': 'cited source',
  'confidence.S-code': 'seen in public code, unverified',
  'confidence.I': 'inference',
  'confidence.GK': 'unverified',
  'confidence.U': 'unknown',

  'scope.platformNotSeller': 'This is about the platform, not about the seller of this item or the product.',
  'scope.noBoycott': 'This is not a call for a boycott: the choice is yours, by your own judgement and conscience.',

  'quote.inContext': 'A sentence from March 2019, in context',

  'reviewedOn': 'Data checked on {date}',
} as const satisfies Record<keyof typeof fr, string>;
