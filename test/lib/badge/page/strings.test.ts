import { describe, expect, it, vi } from 'vitest';
import { BADGE_GROUPS } from 'virtual:badge-groups';
import { pillLang, pillTranslator } from '@/lib/badge/page/strings';
import frPill from '@/locales/fr/pill';
import enPill from '@/locales/en/pill';

// What a first stage gets with its group: the pill's own tables, typeset at build time.
const STRINGS = BADGE_GROUPS[0]!.strings;

describe('pillTranslator', () => {
  it('speaks the language the settings choose, whatever the browser’s', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    expect(pillTranslator(STRINGS, { language: 'fr' })('badge.pill.mark')).toBe('Charte PME');
    expect(pillTranslator(STRINGS, { language: 'fr' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac\u00a0:');
    expect(pillTranslator(STRINGS, { language: 'en' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac:');
  });

  it('follows the browser’s language on "auto"', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-CA');
    expect(pillTranslator(STRINGS, { language: 'auto' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac\u00a0:');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    expect(pillTranslator(STRINGS, { language: 'auto' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac:');
  });

  it('builds each language’s translator once (the pill relabels on every settings change)', () => {
    expect(pillTranslator(STRINGS, { language: 'en' })).toBe(pillTranslator(STRINGS, { language: 'en' }));
    expect(pillTranslator(STRINGS, { language: 'fr' })).not.toBe(pillTranslator(STRINGS, { language: 'en' }));
  });

  it('and pillLang names that language, for the status lines the stage carries per language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    expect(pillLang({ language: 'auto' })).toBe('en');
    expect(pillLang({ language: 'fr' })).toBe('fr');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    expect(pillLang({ language: 'auto' })).toBe('fr');
    expect(pillLang({ language: 'en' })).toBe('en');
  });

  it('reads the tables every group carries: the pill’s own, as every other surface has them', () => {
    for (const group of BADGE_GROUPS) expect(group.strings, group.name).toEqual({ fr: frPill, en: enPill });
  });
});
