import type fr from '../fr/badge';
import type { badgePill as frPill } from '../fr/badge';

/** The first stage's strings (see fr/badge.ts). */
export const badgePill = {
  'badge.pill.prefix': 'Charte PME, {platform}:',
  'badge.chip.signatory': 'Charter ✓',
  'badge.chip.renewal-signatory': 'Charter +',
  'badge.chip.declined': 'Charter –',
  'badge.chip.not-listed': 'Charter ?',
  'badge.card.loadFailed': 'The details could not open. The status above still holds; the extension’s popup gives the rest.',
} as const satisfies Record<keyof typeof frPill, string>;

export default {
  ...badgePill,
  'badge.card.label': 'Charte PME: {platform}',
  'badge.announce': 'Charte PME, {platform}: {status}',

  'badge.history.title': 'History',
  'badge.history.2019.signatory': 'Signed the March 2019 charter ({date})',
  'badge.history.2019.declined': 'Did not sign the March 2019 charter ({date})',
  'badge.history.2019.not-listed': 'Not among the March 2019 signatories (checked on {date})',
  'badge.history.2020-renewal.signatory': 'Committed to the renewed charter ({date})',
  'badge.history.2020-renewal.declined': 'Did not join the renewed charter ({date})',
  'badge.history.2020-renewal.not-listed': 'Not among the known signatories of the renewed charter (checked on {date})',
  'badge.history.inferred': 'inference, unconfirmed',

  'badge.axes.title': 'The three commitments',
  'badge.axes.formalisation': 'Formalising the business relationship',
  'badge.axes.exchange': 'An open, reliable and individual exchange',
  'badge.axes.counterfeits': 'Fighting counterfeits',

  'badge.meaning.title': 'What it means',
  'badge.meaning.is':
    'A voluntary, non-binding commitment about how the platform deals with the small businesses that sell on it.',
  'badge.meaning.notListed':
    'This is not a judgement: no source we checked names this platform among the signatories, or among those who declined.',
  'badge.meaning.isNot': 'It says nothing about this product or about the seller of this item.',

  'badge.why.title': 'Why am I seeing this?',
  'badge.why.host': 'The address {host} is one of {platform}’s sites.',
  'badge.why.rule': 'The page address has the shape of a product page ({rule}).',
  'badge.why.ambiguous': 'The page address may be a product page’s ({rule}); the page content confirmed it.',
  'badge.why.dom': 'The page content marks it as a product page ({detail}).',
  'badge.why.other': 'Signal: {detail}',

  'badge.action.details': 'Details',
  'badge.action.hide': 'Hide on this site',
  'badge.action.report': 'Report a wrong match',
  'badge.action.close': 'Close',
  'badge.hide.failed': 'This choice could not be saved. Try again, or use the extension’s popup.',

  'badge.report.subject': 'Charte PME: wrong match on {host}',
  'badge.report.body':
    'Hello,\n\nThe Charte PME badge looks wrong on this page.\n\nPage: {page}\nPlatform matched: {platform}\nStatus shown: {status}\nSignals: {signals}\nVersion: {version}\n\nWhat is wrong:\n',

  'badge.toolbar.title': 'Charte PME — {platform}: {status}',
} as const satisfies Record<keyof typeof fr, string>;
