import type fr from '../fr/why';

export default {
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
} as const satisfies Record<keyof typeof fr, string>;
