import { describe, expect, it } from 'vitest';
import { countryName, countryOf, isCountryCode } from '@/lib/sellers/country';
import { COUNTRY_NAMES } from '@/data/countries';

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
    // The country's own name.
    ['Česká republika', 'CZ'],
    ['Sverige', 'SE'],
    ['Magyarország', 'HU'],
    ['Ελλάδα', 'GR'],
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

  it('reads a name without case, accents or punctuation', () => {
    expect(countryOf('  royaume   UNI ')).toBe('GB');
    expect(countryOf('FRANCE-METROPOLITAINE')).toBe('FR');
  });

  it('knows the table’s codes and nothing else', () => {
    expect(isCountryCode('DE')).toBe(true);
    expect(isCountryCode('HK')).toBe(true);
    expect(isCountryCode('EU')).toBe(false);
    expect(isCountryCode('de')).toBe(false);
    expect(isCountryCode('hasOwnProperty')).toBe(false);
    expect(isCountryCode(undefined)).toBe(false);
  });

  it('the table: assigned region codes, each with its names in the hosts’ languages as the browser gives them', () => {
    const codes = Object.keys(COUNTRY_NAMES);
    expect(codes.length).toBeGreaterThan(90);
    for (const code of codes) {
      expect(new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code), code).toBeDefined();
      for (const lang of ['en', 'fr', 'de', 'it', 'es']) {
        const name = new Intl.DisplayNames([lang], { type: 'region' }).of(code)!;
        // Hong Kong's and Macao's long forms are administrative titles (« R.A.S. chinoise de
        // Hong Kong »); their table holds the names pages write instead.
        if (code === 'HK' || code === 'MO') continue;
        expect(countryOf(name), `${code} in ${lang}: ${name}`).toBe(code);
      }
    }
    // No name stands for two countries: each of a country's names reads as that country.
    for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
      for (const name of names.split('|')) expect(countryOf(name), name).toBe(code);
    }
  });

  it('names a code in the shopper’s language', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryName('GB', 'fr')).toBe('Royaume-Uni');
  });
});
