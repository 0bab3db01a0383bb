import { describe, expect, it } from 'vitest';
import { countryName, countryOf, isCountryCode, normalizeCountryName } from '@/lib/sellers/country';
import { ISO_3166_ALPHA2 } from '@/data/countries';

describe('the country an address line names', () => {
  it.each([
    // The saved eBay pages' country lines (test/lib/sellers/ebay.test.ts).
    ['Deutschland', 'DE'],
    ['France métropolitaine', 'FR'],
    ['United Kingdom', 'GB'],
    ['Italia', 'IT'],
    ['香港', 'HK'],
    // Other hosts' languages and common wordings.
    ['Allemagne', 'DE'],
    ['Germany', 'DE'],
    ['Germania', 'DE'],
    ['Alemania', 'DE'],
    ['France', 'FR'],
    ['Frankreich', 'FR'],
    ['Royaume-Uni', 'GB'],
    ['Vereinigtes Königreich', 'GB'],
    ['Regno Unito', 'GB'],
    ['Reino Unido', 'GB'],
    ['España', 'ES'],
    ['Spanien', 'ES'],
    ['China', 'CN'],
    ['Chine', 'CN'],
    ['中国', 'CN'],
    ['Hong Kong', 'HK'],
    ['Hongkong', 'HK'],
    ['Österreich', 'AT'],
    ['Nederland', 'NL'],
    ['Polska', 'PL'],
    ['Korea, South', 'KR'],
    ['USA', 'US'],
    ['États-Unis', 'US'],
    // Case, accents and spacing do not matter.
    ['  DEUTSCHLAND ', 'DE'],
    ['france metropolitaine', 'FR'],
    ['Etats-Unis', 'US'],
    // The last part of a line after a slash or comma.
    ['90596 Schwanstetten / Deutschland', 'DE'],
    ['Suresnes, France', 'FR'],
  ])('%s → %s', (line, code) => {
    expect(countryOf(line)).toBe(code);
  });

  it.each([
    ['a street line', 'Sperbersloher Str. 1'],
    ['a town', '90596 Schwanstetten'],
    ['a postcode', 'M37BF'],
    ['a county', 'Greater Manchester'],
    ['a person', 'Howard Cheng'],
    ['a template leftover', 'default default'],
    ['a line that mentions a country in passing', 'FLAT/RM B1 7/F YEUNG YIU CHUNG(NO.8) Germany Road'],
    ['a very long line', `${'x'.repeat(70)} France`],
    ['empty', ''],
    ['not a string', 42],
    ['null', null],
  ])('%s: no country', (_label, line) => {
    expect(countryOf(line as string)).toBeUndefined();
  });

  it('normalizes without case, accents or punctuation', () => {
    expect(normalizeCountryName('  Royaume-Uni ')).toBe('royaume uni');
    expect(normalizeCountryName('France métropolitaine')).toBe('france metropolitaine');
  });

  it('knows the 249 assigned codes and nothing else', () => {
    expect(ISO_3166_ALPHA2).toHaveLength(249);
    expect(new Set(ISO_3166_ALPHA2).size).toBe(249);
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('EU')).toBe(false);
    expect(isCountryCode('de')).toBe(false);
    expect(isCountryCode(undefined)).toBe(false);
  });

  it('names a code in the shopper’s language', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('GB', 'fr')).toBe('Royaume-Uni');
  });
});
