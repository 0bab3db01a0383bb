import { describe, expect, it, vi } from 'vitest';
import { pillTranslator } from '@/lib/badge/page/strings';

describe('pillTranslator', () => {
  it('speaks the language the settings choose, whatever the browser’s', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    expect(pillTranslator({ language: 'fr' })('badge.pill.mark')).toBe('Charte PME');
    expect(pillTranslator({ language: 'fr' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac\u00a0:');
    expect(pillTranslator({ language: 'en' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac:');
  });

  it('follows the browser’s language on "auto"', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-CA');
    expect(pillTranslator({ language: 'auto' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac\u00a0:');
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    expect(pillTranslator({ language: 'auto' })('badge.pill.prefix', { platform: 'Fnac' })).toBe('Charte PME, Fnac:');
  });

  it('builds each language’s translator once (the pill relabels on every settings change)', () => {
    expect(pillTranslator({ language: 'en' })).toBe(pillTranslator({ language: 'en' }));
    expect(pillTranslator({ language: 'fr' })).not.toBe(pillTranslator({ language: 'en' }));
  });
});
