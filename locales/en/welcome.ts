import type fr from '../fr/welcome';

export default {
  'welcome.title': 'Welcome to Charte PME',
  'welcome.lead':
    'On a product page of a tracked marketplace, a small badge shows whether the platform signed the French Charte des acteurs du e-commerce (March 2019, renewed in December 2020), a voluntary commitment toward the small businesses that sell on it.',
  'welcome.statuses.heading': 'What the badge shows',
  'welcome.statuses.intro': 'One of the four statuses below, each with its own icon shape and text:',
  'welcome.statuses.example': 'For example: {name}',
  'welcome.statuses.short': 'On a phone: "{chip}" · toolbar icon: "{mark}"',
  'welcome.marks.heading': 'On a phone and in the toolbar',
  'welcome.marks.body':
    'On a small screen the badge fits in a few words that start with "Charte PME". The toolbar icon shows "{yes}", "{no}" or "{unknown}". When the sources name the group rather than the platform, the status is an inference: the badge adds "by inference" and the icon a star, as in "{inferred}".',
  'welcome.picture.alt': 'The Charte PME badge under a product’s title, on a demo page: "{line}"',
  'welcome.picture.caption': 'The badge on a product page (demo page).',
  'welcome.platform.heading': 'The platform, never the product or the seller',
  'welcome.platform.body':
    'The status says what the platform committed to toward the small businesses selling on it. It says nothing about the item, its quality or its seller.',
  'welcome.noBoycott.heading': 'To inform, never to call for a boycott',
  'welcome.noBoycott.body':
    'The extension informs and gives no buying advice. "Not among known signatories" is not a judgement: no source we consulted names the platform among the signatories.',
  'welcome.privacy.heading': 'Nothing leaves your browser',
  'welcome.privacy.body':
    'No account, no analytics, no network request: all the information ships with the extension, and only your settings are stored.',
  'welcome.privacy.link': 'Read the privacy policy',
  'welcome.settings.heading': 'Where the settings are',
  'welcome.settings.body':
    'Click the Charte PME icon in the toolbar: the popup gives the site’s status and two quick controls; its "Settings" link opens all the others.',
  'welcome.settings.link': 'Open the settings',
  'welcome.pin.heading': 'Pin the extension',
  'welcome.pin.chrome': 'Chrome: click the puzzle-piece icon right of the address bar, then the pin next to Charte PME.',
  'welcome.pin.edge':
    'Edge: click the Extensions (puzzle-piece) icon right of the address bar, then the eye icon next to Charte PME ("Show in toolbar").',
  'welcome.pin.firefox':
    'Firefox: click the extensions (puzzle-piece) icon, then the cog next to Charte PME and "Pin to Toolbar".',
  'welcome.independent': 'Charte PME is an independent tool, not affiliated with the government.',
} as const satisfies Record<keyof typeof fr, string>;
