import type fr from '../fr/popup';

export default {
  'popup.title': 'Charte PME',

  'popup.site.heading': 'On this tab',
  'popup.site.loading': 'Reading the active tab…',
  'popup.site.unsupported': 'This site is not a tracked marketplace',
  'popup.site.tracked': 'Tracked marketplaces',
  'popup.date.signatory': 'Signed: {date}',
  'popup.date.renewal-signatory': 'Joined: {date}',
  'popup.date.declined': 'Refusal reported: {date}',
  'popup.date.not-listed': 'Checked on {date}',

  'popup.charter.heading': 'What the charter commits platforms to',
  'popup.charter.intro':
    'A voluntary, non-binding commitment by platforms toward the small businesses that sell on them, in three areas.',
  'popup.colon': ': ',
  'popup.axis.formalisation': 'contracts and contract documents that are clear, understandable and easy to find.',
  'popup.axis.exchange': 'explain a delisting and let sellers contest it, use mediation, answer small businesses better.',
  'popup.axis.counterfeits': 'an internal procedure, and a way for sellers to report counterfeits.',
  'popup.details': 'Charter details',
  'popup.privacy': 'Privacy',

  'popup.settings.heading': 'Settings',
  'popup.settings.show': 'Show the badge on product pages',
  'popup.position.legend': 'Badge position',
  'popup.position.bottom-right': 'Bottom right',
  'popup.position.bottom-left': 'Bottom left',
  'popup.position.top-right': 'Top right',
  'popup.position.top-left': 'Top left',
  'popup.position.inline': 'Next to the product title',
  'popup.display.legend': 'When a product page opens',
  'popup.display.compact': 'Compact badge',
  'popup.display.open': 'Open badge (details shown)',

  'popup.snooze.legend': 'Snooze',
  'popup.snooze.day': 'Snooze for a day',
  'popup.snooze.week': 'Snooze for a week',
  'popup.snooze.until': 'Badge snoozed until {date}',
  'popup.snooze.cancel': 'Resume now',

  'popup.hidden.heading': 'Sites where the badge is hidden',
  'popup.hidden.hideHere': 'Hide the badge on {site}',
  'popup.hidden.empty': 'No hidden site.',
  'popup.hidden.remove': 'Remove',
  'popup.hidden.removeLabel': 'Remove {site}',

  'popup.language.label': 'Language',
  'popup.reset': 'Reset to defaults',
  'popup.reset.done': 'Defaults restored.',
  'popup.reset.undo': 'Undo',
  'popup.saveFailed': 'The setting could not be saved.',
} as const satisfies Record<keyof typeof fr, string>;
