import { frenchTable } from '../../lib/text';

/**
 * The extension's own words: its name, store description and command (the manifest's strings,
 * locales/manifest.ts), and the names of its languages.
 */
export default frenchTable({
  'ext.name': 'Charte PME',
  // Store listing (≤ 132 characters): what it does, and that it is not the government's.
  'ext.description':
    'Outil indépendant, sans lien avec l’État : indique si la place de marché a signé la charte e-commerce envers les TPE/PME. Sourcé.',

  'cmd.toggleBadge': 'Afficher ou masquer le badge Charte PME',

  'lang.auto': 'Langue du navigateur',
  'lang.fr': 'Français',
  'lang.en': 'English',
} as const);
