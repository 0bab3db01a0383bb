import type fr from '../fr/extension';

export default {
  'ext.name': 'Charte PME',
  'ext.description':
    'Independent tool, not linked to the French government: shows if a marketplace signed the e-commerce charter for small firms.',

  'cmd.toggleBadge': 'Show or hide the Charte PME badge',

  'lang.auto': 'Browser language',
  'lang.fr': 'Français',
  'lang.en': 'English',
} as const satisfies Record<keyof typeof fr, string>;
