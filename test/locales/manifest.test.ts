import { describe, expect, it } from 'vitest';
import { manifestLocales } from '@/locales/manifest';

// The Chrome Web Store rejects a manifest whose name exceeds 75 or description 132 characters;
// a command description longer than the shortcuts page shows gets cut.
describe('_locales generated from the dictionaries', () => {
  const locales = manifestLocales();

  it.each(Object.entries(locales))('%s: name, description and command text fit the store limits', (_lang, messages) => {
    expect(messages.extName?.message.length).toBeGreaterThan(0);
    expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription?.message.length).toBeGreaterThan(0);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(messages.cmdToggleBadge?.message.length).toBeGreaterThan(0);
  });

  it('gives French and English, with different descriptions', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', 'fr']);
    expect(locales.fr.extDescription!.message).not.toBe(locales.en.extDescription!.message);
  });
});
