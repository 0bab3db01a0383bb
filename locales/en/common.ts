import type fr from '../fr/common';

export default {
  'ext.name': 'Charte PME',
  'ext.description':
    'Independent tool, not linked to the French government: shows if a marketplace signed the e-commerce charter for small firms.',
  'cmd.toggleBadge': 'Show or hide the Charte PME badge',
  'about.independent':
    'Charte PME is an independent tool, not affiliated with the government, the platforms or the signatory organisations.',

  'status.count.withInferred': '{sourced} + {names} by inference',

  'status.signatory.long':
    '{name} signed the Charte des acteurs du e-commerce (Bercy, 26 March 2019), a voluntary, non-binding commitment toward the small businesses that sell on the platform. In December 2020 all the first signatories ("l’ensemble des premiers signataires") committed to the renewed charter, according to the ministry (reported as a group).',
  'status.signatory.inferred.long':
    'The March 2019 charter was signed by the {group} group; {name} is part of that group (inference, unconfirmed: no source names {name}). In December 2020 all the first signatories committed to the renewed charter.',
  'status.renewal-signatory.long':
    '{name} was not among the March 2019 signatories and joined the renewed charter, announced on 7 December 2020 (according to press reports).',
  'status.declined.long':
    '{name} did not sign the March 2019 charter. No later signature is known as of {reviewedOn}.',
  'status.declined.inferred.long':
    '{group} did not sign the March 2019 charter; {name} is part of the {group} group (inference, unconfirmed: no source reports a refusal by {name}). No later signature is known as of {reviewedOn}.',
  'status.not-listed.long':
    '{name} is not in any known list of signatories (checked on {reviewedOn}). This is not a judgement: it only means no source names it.',

  'edition.2019': 'March 2019 charter',
  'edition.2020-renewal': 'Renewed charter (Dec. 2020)',
  'edition.status.signatory': 'signatory',
  'edition.status.declined': 'did not sign',
  'edition.status.not-listed': 'not in known lists',
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
  'scope.noBoycott': 'This is not a call for a boycott: the choice is yours, in all conscience.',
  'why.title': 'Why am I seeing this?',
  'why.host': 'This site belongs to {platform}.',
  'why.rule': 'This page’s address looks like a product page on {platform}.',
  'why.ambiguous': 'This page’s address may be a product page on {platform}, and its content confirms it.',
  'why.marker': 'The page has the parts of a product page on {platform}.',
  'why.declaresProduct': 'The page declares itself as a product.',
  'why.hostNotListed': 'This site is not a tracked marketplace.',
  'why.errorPage': 'The page looks like an error page.',
  'why.noProductSignal': 'The page’s content does not look like a product page.',
  'why.notChecked': 'The page’s content was not checked.',
  'why.other': 'Another clue was found.',
  'why.technical': 'Technical detail',

  'report.action': 'Report a wrong match',
  'report.notConfigured':
    'No reporting address is configured in this version of the extension: nothing is sent. Here is the report, prepared on your device; copy it if you wish to pass it on.',
  'report.viaEmail': 'Open the prefilled e-mail (nothing is sent without you)',
  'report.viaForm': 'Open the prefilled form (nothing is sent without you)',
  'report.textLabel': 'Report text',
  'report.copy': 'Copy the text',
  'report.copied': 'Text copied.',
  'report.subject': 'Charte PME: wrong match on {host}',
  'report.body':
    'The Charte PME badge seems wrong on this page.\n\nPage: {page}\nRecognised platform: {platform}\nStatus shown: {status}\nSignals: {signals}\nVersion: {version}\n\nWhat is wrong:\n',

  'quote.inContext': 'A sentence from March 2019, in context',
  'reviewedOn': 'Data checked on {date}',

  'lang.auto': 'Browser language',
  'lang.fr': 'Français',
  'lang.en': 'English',
} as const satisfies Record<keyof typeof fr, string>;
