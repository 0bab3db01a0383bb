import { describe, expect, it } from 'vitest';
import { createT, formatDate, resolveLang, type LangPref } from '@/lib/i18n';
import { MESSAGES, type MessageKey } from '@/locales';
import { FORBIDDEN_WORDING } from '../helpers/validate-data';

describe('resolveLang', () => {
  it.each([
    ['fr', 'en-US', 'fr'],
    ['en', 'fr-FR', 'en'],
    ['auto', 'en', 'en'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'EN-us', 'en'],
    ['auto', 'fr-FR', 'fr'],
    ['auto', 'de-DE', 'fr'],
    ['auto', 'eng', 'fr'],
    ['auto', '', 'fr'],
    ['auto', undefined, 'fr'],
  ] as Array<[LangPref, string | undefined, string]>)('%s with browser %s → %s', (pref, browser, expected) => {
    expect(resolveLang(pref, browser)).toBe(expected);
  });
});

describe('createT', () => {
  const key: MessageKey = 'status.signatory.long';

  it('replaces placeholders from params, in each language', () => {
    expect(createT('fr')(key, { name: 'Fnac' })).toMatch(/^Fnac a sign/);
    expect(createT('en')(key, { name: 'Fnac' })).toMatch(/^Fnac signed/);
  });

  it('leaves a placeholder without a param as it is', () => {
    expect(createT('en')('reviewedOn')).toContain('{date}');
    expect(createT('en')('reviewedOn', { other: 1 })).toContain('{date}');
    expect(createT('en')('reviewedOn', { date: 0 })).not.toContain('{date}');
  });

  it('returns the key itself for an unknown key', () => {
    expect(createT('fr')('no.such.key' as MessageKey)).toBe('no.such.key');
  });
});

describe('formatDate', () => {
  it.each([
    ['2019-03-26', 'fr', '26 mars 2019'],
    ['2019-03-26', 'en', '26 March 2019'],
    ['2020-12', 'fr', 'décembre 2020'],
    ['2020-12', 'en', 'December 2020'],
    ['2019', 'fr', '2019'],
    ['2019', 'en', '2019'],
    ['2019-03-01', 'fr', '1 mars 2019'],
    ['not a date', 'en', 'not a date'],
  ] as const)('%s in %s → %s', (iso, lang, expected) => {
    expect(formatDate(iso, lang)).toBe(expected);
  });
});

describe('MESSAGES', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has exactly the same keys in French and English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.fr).sort());
  });

  it.each(['fr', 'en'] as const)('has a non-empty %s value for every key', (lang) => {
    const empty = Object.entries(MESSAGES[lang]).filter(([, v]) => typeof v !== 'string' || !v.trim());
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = (Object.keys(MESSAGES.fr) as MessageKey[]).filter(
      (k) => placeholders(MESSAGES.fr[k]).join() !== placeholders(MESSAGES.en[k]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each(['fr', 'en'] as const)('tells nobody not to buy, in %s (the wording rule of the data)', (lang) => {
    const calls = Object.entries(MESSAGES[lang]).filter(([, v]) => FORBIDDEN_WORDING.some((re) => re.test(v)));
    expect(calls).toEqual([]);
  });
});
