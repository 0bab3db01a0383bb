import type { MessageKey } from '@/locales';

/**
 * One version's changes, as locale keys (locales/fr/options.ts and its English twin), for "What's
 * new": written for shoppers (what they see and can do), not as a changelog.
 */
export interface Release {
  version: string;
  changes: readonly MessageKey[];
}

/**
 * Newest first. Updates open nothing (entrypoints/background/welcome.ts): this list is where a
 * user finds what changed. A test fails when package.json's version has no entry here.
 */
export const RELEASES: readonly Release[] = [
  {
    version: '0.1.0',
    changes: ['options.news.0.1.0.badge', 'options.news.0.1.0.popup', 'options.news.0.1.0.panel', 'options.news.0.1.0.hide', 'options.news.0.1.0.welcome'],
  },
];
