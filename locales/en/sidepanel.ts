import type fr from '../fr/sidepanel';

export default {
  'sidepanel.title': 'Charte PME: the e-commerce charter',
  'sidepanel.heading': 'The charter in detail',
  'sidepanel.skip': 'Skip to content',
  'sidepanel.toc': 'Contents',

  'sidepanel.section.charter': 'The charter',
  'sidepanel.section.commitments': 'The commitments',
  'sidepanel.section.platforms': 'The platforms',
  'sidepanel.section.timeline': 'Timeline',
  'sidepanel.section.forYou': 'What it means for you',
  'sidepanel.section.limits': 'Limits',
  'sidepanel.section.sources': 'Sources',
  'sidepanel.section.privacy': 'Privacy',

  'sidepanel.current.on': 'On the active tab: {name}',
  'sidepanel.current.details': 'See the entry for {name}',

  'sidepanel.platforms.intro':
    'The status depends on the edition of the charter: each status carries a date and its sources. "Not among known signatories" is not a judgement.',
  'sidepanel.filter.legend': 'Filter by status',
  'sidepanel.filter.all': 'All',
  'sidepanel.filter.signatory': 'Signed in 2019',
  'sidepanel.filter.renewal-signatory': 'Joined in 2020',
  'sidepanel.filter.declined': 'Did not sign in 2019',
  'sidepanel.filter.not-listed': 'Not among known signatories',
  'sidepanel.search.label': 'Search a platform by name',
  'sidepanel.platforms.count': '{count} of {total} platforms',
  'sidepanel.platforms.empty': 'No platform matches these criteria.',
  'sidepanel.platform.company': 'Company: {name}',
  'sidepanel.platform.noHost': 'No known website address: the extension recognises it on no page.',
  'sidepanel.platform.current': 'your current page',
  'sidepanel.edition.date.signatory': 'date: {date}',
  'sidepanel.edition.date.declined': 'refusal reported on {date}',
  'sidepanel.edition.date.not-listed': 'checked on {date}',
  'sidepanel.confidence': 'certainty: {label}',

  'sidepanel.source.dateUnknown': 'date unknown',
  'sidepanel.source.noUrl': 'address not recorded',
  'sidepanel.link.newTab': '(new tab)',
  'sidepanel.sources.intro': 'Every source used, with its publisher and its date when known.',

  'sidepanel.inference': 'Inference',
  'sidepanel.unknown': 'Unknown',

  'sidepanel.privacy.local':
    'No data leaves your browser: no account, no statistics, no network request. All the information ships with the extension.',
  'sidepanel.privacy.settings':
    'Only your settings are saved, in the extension’s storage (synced across your devices by the browser if you turned that on).',
  'sidepanel.privacy.tabs':
    'To recognise the platform, the extension reads the address of pages on the listed marketplaces, and only those; it does not save it.',
  'sidepanel.privacy.more': 'The details are in the PRIVACY.md file that ships with the extension’s source code.',

  'sidepanel.charter.what': 'What is it?',
  'sidepanel.charter.officialName': 'Official name:',
  'sidepanel.charter.otherNames': 'Other names in use:',
  'sidepanel.charter.who': 'Who drove it?',
  'sidepanel.charter.organisations': 'Business organisations that signed alongside the platforms:',
  'sidepanel.charter.when': 'When and where?',

  'sidepanel.commitments.secondary':
    'The full text of the charter was not found: each commitment below comes from a published description, cited next to it, and says no more than that description.',
  'sidepanel.commitments.axis': 'Axis {n}: {title}',
  'sidepanel.commitments.wording': 'Official wording:',
  'sidepanel.commitments.crossCutting': 'Across the three axes',

  'sidepanel.editions.signed': '{count} signatory platforms:',
  'sidepanel.editions.joined': 'Joined the charter ({count} announced):',
  'sidepanel.editions.unnamed.one': 'One platform that no source names.',
  'sidepanel.editions.unnamed': 'Platforms no source names: {count}.',
  'sidepanel.editions.declined': 'Declined to sign:',

  'sidepanel.forYou.choice': 'The choice is yours',
  'sidepanel.quote.translation': 'Our translation: "{text}"',

  'sidepanel.limits.notInSources': 'What the sources do not say',
  'sidepanel.limits.howToRead': 'How to read this information',
  'sidepanel.limits.inferences':
    'What is inferred rather than sourced carries the label "Inference"; what is not known carries the label "Unknown" and is never filled in.',
  'sidepanel.limits.noFullText':
    'Statuses and commitments rest on the sources listed below; "not among known signatories" only means that no source we consulted names the platform among the signatories.',

  'sidepanel.settings': 'Settings',
  'sidepanel.lead.timeline': '{firstDate}: the charter is signed. {renewalDate}: it is renewed.',
  'sidepanel.more.charter': 'Why it exists, what it protects, what not to confuse it with',
  'sidepanel.more.commitments': 'The three axes in detail',
  'sidepanel.more.platforms': 'The signatory lists, edition by edition',
  'sidepanel.more.timeline': 'Every date',
  'sidepanel.more.forYou': 'What the charter covers for you, and what it does not',
  'sidepanel.more.limits': 'Other limits, and criticism',
  'sidepanel.more.sources': 'The list of sources',
  'sidepanel.more.privacy': 'What the extension reads, and what it does not do',
  'sidepanel.lead.commitments': 'Three axes: clear contracts, open dialogue with mediation, and action against counterfeits.',
  'sidepanel.sources.count': 'Sources ({count})',
  'sidepanel.platform.history': 'Status per edition',
  'sidepanel.platform.commitments': 'The charter’s three axes (what signatories commit to)',
  'sidepanel.why.title': 'Why a badge on the active tab?',
  'sidepanel.why.sellerIdentity':
    'In the badge’s card, the “Business seller: …” line (legal name, country, registration or VAT number) repeats the business seller block the page itself shows, read when the card opens: nothing is looked up elsewhere, stored or sent, and it looks the same whatever the country.',
  'sidepanel.why.technical': 'Technical rule',

  'sidepanel.menu.details': 'Charte PME: charter details',
} as const satisfies Record<keyof typeof fr, string>;
