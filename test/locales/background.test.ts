import { describe, expect, it } from 'vitest';
import { toolbarFor } from '@/entrypoints/background/toolbar';
import { createT, createTranslator } from '@/lib/i18n';
import { DISPLAY_STATUSES } from '@/lib/status';
import { MESSAGES } from '@/locales';
import { BACKGROUND_MESSAGES, type BackgroundKey } from '@/locales/background';

const LANGS = ['fr', 'en'] as const;

describe('the background’s own string table', () => {
  it.each(LANGS)('%s: every string is the one of the full dictionaries', (lang) => {
    const table = BACKGROUND_MESSAGES[lang];
    for (const key of Object.keys(table) as BackgroundKey[]) expect(table[key]).toBe(MESSAGES[lang][key]);
  });

  it('holds the same keys in both languages, and only those the toolbar and the menu use', () => {
    expect(Object.keys(BACKGROUND_MESSAGES.en).sort()).toEqual(Object.keys(BACKGROUND_MESSAGES.fr).sort());
    // The short lines, the title, the toolbar's marks (issue 22) and the menu item: nothing else.
    expect(Object.keys(BACKGROUND_MESSAGES.fr).length).toBeLessThan(18);
    for (const key of Object.keys(BACKGROUND_MESSAGES.fr)) expect(key).toMatch(/^(?:status\.[\w.-]+|badge\.(?:toolbar\.title|mark\.[\w-]+)|sidepanel\.menu\.details)$/);
  });

  it.each(LANGS)('%s: the toolbar mark tells an inference from a sourced status, with the background table alone', (lang) => {
    const t = createTranslator(BACKGROUND_MESSAGES[lang]);
    const text = (platform: string, status: 'signatory' | 'declined') => toolbarFor({ platform, status, isProductPage: true }, t).text;
    expect(text('darty', 'signatory')).not.toBe(text('cdiscount', 'signatory'));
    expect(text('aliexpress', 'declined')).not.toBe(text('alibaba', 'declined'));
    expect(text('darty', 'signatory')).toMatch(/\*$/);
  });

  it.each(DISPLAY_STATUSES.flatMap((status) => LANGS.map((lang) => [status, lang] as const)))(
    'toolbar title for %s in %s: the same as with every string, no raw key',
    (status, lang) => {
      const state = { platform: 'amazon', status, isProductPage: true };
      const own = toolbarFor(state, createTranslator(BACKGROUND_MESSAGES[lang]));
      expect(own).toEqual(toolbarFor(state, createT(lang)));
      expect(own.title).not.toMatch(/\b(?:badge|status)\.[\w.-]+/);
      expect(own.title).toContain('Amazon');
    },
  );

  it.each(LANGS)('%s: the title of an inferred status on a foreign host says both, with the background table alone', (lang) => {
    const t = createTranslator(BACKGROUND_MESSAGES[lang]);
    const aliexpress = toolbarFor({ platform: 'aliexpress', status: 'declined', isProductPage: true }, t, 'www.aliexpress.com');
    expect(aliexpress.title).toMatch(lang === 'fr' ? /par déduction \(groupe Alibaba\).*charte française/ : /by inference \(Alibaba group\).*French charter/);
    const darty = toolbarFor({ platform: 'darty', status: 'signatory', isProductPage: true }, t, 'www.darty.com');
    expect(darty.title).toMatch(lang === 'fr' ? /renouvelée en 2020\), par déduction \(groupe Fnac Darty\)$/ : /renewed 2020\), by inference \(Fnac Darty group\)$/);
    expect(toolbarFor({ platform: 'cdiscount', status: 'signatory', isProductPage: true }, t, 'www.cdiscount.com').title).not.toMatch(/déduction|inference|française|French/);
  });
});
