import type fr from '../fr/why';

export default {
  'why.host': 'This page is on {host}, a {platform} site.',
  'why.rule': 'The address of this page looks like a {platform} product page.',
  'why.ambiguous': 'The address could be a product page; the page’s content confirmed it.',
  'why.unchecked': 'The address could be a product page; the page’s content decides.',
  'why.declaresProduct': 'The page declares itself a product.',
  'why.notProduct': 'This page is not a product page: no badge here; only the toolbar icon gives the status.',
} as const satisfies Record<keyof typeof fr, string>;
