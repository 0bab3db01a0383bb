import type fr from '../fr/welcome';

export default {
  'welcome.title': 'Welcome to Charte PME',
  'welcome.shot.alt':
    'A marketplace product page, with the Charte PME badge under the product title: the platform’s status, in one line.',
  'welcome.shot.caption': 'The badge, under a product title.',
  'welcome.lead':
    'On a product page of a tracked marketplace, a small badge shows whether the platform signed the French Charte des acteurs du e-commerce (March 2019, renewed in December 2020), a voluntary commitment toward the small businesses that sell on it.',
  'welcome.statuses.heading': 'What the badge shows',
  'welcome.statuses.intro': 'One of the four statuses below, each with its own icon shape and text:',
  'welcome.statuses.example': 'For example: {name}',
  'welcome.platform.heading': 'The platform, never the product or the seller',
  'welcome.platform.body':
    'The status says what the platform committed to toward the small businesses selling on it. It says nothing about the item, its quality or its seller.',
  'welcome.noBoycott.heading': 'It informs, it is no boycott',
  'welcome.noBoycott.body':
    'The extension informs and gives no buying advice. "Not among known signatories" is not a verdict: no source names the platform.',
  'welcome.privacy.heading': 'Nothing leaves your browser',
  'welcome.privacy.body':
    'No account, no analytics, no network request: all the information ships with the extension, and only your settings are stored.',
  'welcome.privacy.link': 'Read the privacy policy',
  'welcome.settings.heading': 'Where the settings are',
  'welcome.settings.body':
    'Click the Charte PME icon in the toolbar: the popup gives the site’s status and two quick controls; its "Settings" link opens all the others.',
  'welcome.settings.link': 'Open the settings',
  'welcome.pin.heading': 'Pin the extension',
  'welcome.pin.chrome':
    'Chrome, Edge: click the puzzle-piece icon right of the address bar, then the pin next to Charte PME.',
  'welcome.pin.firefox':
    'Firefox: click the extensions (puzzle-piece) icon, then the cog next to Charte PME and "Pin to Toolbar".',
  'welcome.independent': 'Charte PME is an independent tool, not affiliated with the government.',
} as const satisfies Record<keyof typeof fr, string>;
