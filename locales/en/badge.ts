import type fr from '../fr/badge';

export default {
  'badge.card.label': 'Charte PME: {platform}',

  'badge.history.2019.signatory': 'Signed the 2019 charter ({date})',
  'badge.history.2019.declined': 'Did not sign the 2019 charter ({date})',
  'badge.history.2019.not-listed': 'Not among the March 2019 signatories (checked on {date})',
  'badge.history.2020-renewal.signatory': 'Committed to the renewed charter ({date})',
  'badge.history.2020-renewal.declined': 'Did not join the renewed charter ({date})',
  'badge.history.2020-renewal.not-listed': 'Not among the known signatories of the renewed charter (checked on {date})',
  'badge.history.2019.signatory.group': 'The {group} group signed the 2019 charter ({date})',
  'badge.history.2019.declined.group': 'The {group} group did not sign the 2019 charter ({date})',
  'badge.history.2020-renewal.signatory.group': 'The {group} group committed to the renewed charter ({date})',
  'badge.history.2020-renewal.declined.group': 'The {group} group did not join the renewed charter ({date})',
  'badge.history.inferred': 'inference, unconfirmed',
  // Editions the status line already names: their date only.
  'badge.history.2019.on': '2019 charter: {date}',
  'badge.history.2020-renewal.on': 'Renewed charter: {date}',
  'badge.history.checked': 'Lists checked on {date}',

  'badge.meaning.is':
    'A voluntary, non-binding commitment about how the platform deals with the small businesses that sell on it.',
  'badge.meaning.notListed':
    'This is not a judgement: no source we checked names this platform among the signatories, or among those who declined.',

  'badge.action.details': 'Details',
  'badge.action.hide': 'Hide on this site',
  'badge.action.close': 'Close',
  'badge.action.undo': 'Undo',
  'badge.hide.pending': 'The badge is leaving {site}.',
  'badge.hide.failed': 'This choice could not be saved. Try again, or use the extension’s popup.',

  'badge.toolbar.title': 'Charte PME — {platform}: {status}',
  'badge.mark.signatory': 'yes',
  'badge.mark.renewal-signatory': 'yes',
  'badge.mark.declined': 'no',
  'badge.mark.not-listed': '?',
  'badge.mark.inferred': '{mark}*',
} as const satisfies Record<keyof typeof fr, string>;
