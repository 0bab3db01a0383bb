import type fr from '../fr/panel';

export default {
  'panel.title': 'Charte PME: the e-commerce charter',
  'panel.heading': 'The charter in detail',
  'panel.skip': 'Skip to content',
  'panel.toc': 'Contents',

  'panel.section.charter': 'The charter',
  'panel.section.commitments': 'The commitments',
  'panel.section.platforms': 'The platforms',
  'panel.section.timeline': 'Timeline',
  'panel.section.forYou': 'What it means for you',
  'panel.section.limits': 'Limits',
  'panel.section.sources': 'Sources',
  'panel.section.privacy': 'Privacy',

  'panel.current.on': 'On the active tab: {name}',
  'panel.current.details': 'See the entry for {name}',

  'panel.platforms.intro':
    'The status depends on the edition of the charter: each status carries a date and its sources. "Not in known lists" is not a judgement.',
  'panel.filter.legend': 'Filter by status',
  'panel.filter.all': 'All',
  'panel.filter.signatory': 'Signed in 2019',
  'panel.filter.renewal-signatory': 'Joined in 2020',
  'panel.filter.declined': 'Did not sign in 2019',
  'panel.filter.not-listed': 'Not in known lists',
  'panel.search.label': 'Search a platform by name',
  'panel.platforms.count': '{count} of {total} platforms',
  'panel.platforms.empty': 'No platform matches these criteria.',
  'panel.platform.company': 'Company: {name}',
  'panel.platform.noHost': 'No known website address: the extension recognises it on no page.',
  'panel.platform.current': 'your current page',
  'panel.edition.date.signatory': 'date: {date}',
  'panel.edition.date.declined': 'refusal reported on {date}',
  'panel.edition.date.not-listed': 'checked on {date}',
  'panel.confidence': 'certainty: {label}',

  'panel.sources.inline': 'Sources:',
  'panel.source.dateUnknown': 'date unknown',
  'panel.source.noUrl': 'address not recorded',
  'panel.link.newTab': '(new tab)',
  'panel.sources.intro': 'Every source used, with its publisher and its date when known.',

  'panel.inference': 'Inference',
  'panel.unknown': 'Unknown',

  'panel.privacy.local':
    'No data leaves your browser: no account, no statistics, no network request. All the information ships with the extension.',
  'panel.privacy.settings':
    'Only your settings are saved, in the extension\u2019s storage (synced across your devices by the browser if you turned that on).',
  'panel.privacy.tabs':
    'To recognise the platform, the extension reads the address of pages on the listed marketplaces, and only those; it does not save it.',
  'panel.privacy.more': 'The details are in the PRIVACY.md file that ships with the extension\u2019s source code.',

  'panel.charter.what': 'What is it?',
  'panel.charter.officialName': 'Official name:',
  'panel.charter.otherNames': 'Other names in use:',
  'panel.charter.who': 'Who drove it?',
  'panel.charter.organisations': 'Business organisations that signed alongside the platforms:',
  'panel.charter.when': 'When and where?',

  'panel.commitments.secondary':
    'The full text of the charter was not found: each commitment below comes from a published description, cited next to it, and says no more than that description.',
  'panel.commitments.axis': 'Axis {n}: {title}',
  'panel.commitments.wording': 'Official wording:',
  'panel.commitments.crossCutting': 'Across the three axes',

  'panel.editions.signed': '{count} signatory platforms:',
  'panel.editions.joined': 'Joined the charter ({count} announced):',
  'panel.editions.unnamed': 'Platforms no source names: {count}.',
  'panel.editions.declined': 'Declined to sign:',
  'panel.platforms.byPlatform': 'Platform by platform',

  'panel.forYou.choice': 'The choice is yours',
  'panel.quote.translation': 'Our translation: "{text}"',

  'panel.limits.notInSources': 'What the sources do not say',
  'panel.limits.howToRead': 'How to read this information',
  'panel.limits.inferences':
    'What is inferred rather than sourced carries the label "Inference"; what is not known carries the label "Unknown" and is never filled in.',
  'panel.limits.noFullText':
    'Statuses and commitments rest on the sources listed below; "not in known lists" only means that no source names the platform.',

  'panel.menu.details': 'Charte PME: charter details',
} as const satisfies Record<keyof typeof fr, string>;
