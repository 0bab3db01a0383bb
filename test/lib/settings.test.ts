import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  POSITIONS,
  defaultSettings,
  defineSettingsItem,
  hideSite,
  isBadgeVisible,
  isSnoozed,
  migrateV1,
  sanitizeSettings,
  settingsItem,
  siteKey,
  unhideSite,
  updateSettings,
  type Settings,
} from '@/lib/settings';

const VALID: Settings = {
  enabled: false,
  position: 'top-left',
  openByDefault: true,
  hiddenSites: ['amazon.fr', 'fnac.com'],
  snoozeUntil: 1_900_000_000_000,
  language: 'en',
};

describe('sanitizeSettings', () => {
  it('keeps a valid value as is', () => {
    expect(sanitizeSettings(VALID)).toEqual(VALID);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['a JSON string of valid settings', JSON.stringify(VALID)],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
    ['an array', [VALID]],
    ['an empty object', {}],
    ['a function', () => VALID],
  ])('gives the defaults for %s', (_label, raw) => {
    expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces each wrong-typed field and keeps every valid one', () => {
    const raw = { enabled: false, position: 'middle', openByDefault: 'yes', hiddenSites: ['fnac.com'], snoozeUntil: '1', language: 'en' };
    expect(sanitizeSettings(raw)).toEqual({
      enabled: false,
      position: DEFAULT_SETTINGS.position,
      openByDefault: DEFAULT_SETTINGS.openByDefault,
      hiddenSites: ['fnac.com'],
      snoozeUntil: 0,
      language: 'en',
    });
  });

  it.each(Object.keys(VALID) as (keyof Settings)[])('keeps the other fields when only %s is garbage', (key) => {
    const raw = { ...VALID, [key]: { nested: 'garbage' } };
    const expected = { ...VALID, [key]: key === 'hiddenSites' ? [] : DEFAULT_SETTINGS[key] };
    expect(sanitizeSettings(raw)).toEqual(expected);
  });

  it('drops unknown keys and prototype tricks', () => {
    const raw = JSON.parse('{"enabled":false,"colour":"red","__proto__":{"enabled":true},"layout":"card"}');
    const out = sanitizeSettings(raw);
    expect(out).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(Object.keys(out).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('accepts every position and language, and nothing close to them', () => {
    for (const position of POSITIONS) expect(sanitizeSettings({ position }).position).toBe(position);
    for (const language of ['auto', 'fr', 'en'] as const) expect(sanitizeSettings({ language }).language).toBe(language);
    expect(sanitizeSettings({ position: 'Bottom-Right' }).position).toBe(DEFAULT_SETTINGS.position);
    expect(sanitizeSettings({ language: 'FR' }).language).toBe('auto');
    expect(sanitizeSettings({ language: 'de' }).language).toBe('auto');
  });

  describe('hiddenSites', () => {
    it('keeps valid hosts, normalised, deduplicated, in their order', () => {
      const raw = ['www.Amazon.fr', 'fnac.com', 'amazon.fr', ' cdiscount.com ', 'fnac.com.'];
      expect(sanitizeSettings({ hiddenSites: raw }).hiddenSites).toEqual(['amazon.fr', 'fnac.com', 'cdiscount.com']);
    });

    it('drops non-strings and invalid hosts, keeping the valid ones', () => {
      const raw = [42, null, { host: 'a.fr' }, ['b.fr'], true, '', 'localhost', 'not a host', 'https://amazon.fr/dp/x', 'a..fr', 'ebay.fr'];
      expect(sanitizeSettings({ hiddenSites: raw }).hiddenSites).toEqual(['ebay.fr']);
    });

    it.each([['a string', 'amazon.fr'], ['an object', { 0: 'amazon.fr' }], ['a number', 3]])('is empty when it is %s', (_l, raw) => {
      expect(sanitizeSettings({ ...VALID, hiddenSites: raw })).toEqual({ ...VALID, hiddenSites: [] });
    });

    it('stays within the storage.sync per-item quota, keeping the most recent sites', () => {
      const many = Array.from({ length: 1000 }, (_, i) => `site-${i}.example.fr`);
      const kept = sanitizeSettings({ hiddenSites: many }).hiddenSites;
      expect(kept.length).toBeGreaterThan(100);
      expect(kept.at(-1)).toBe('site-999.example.fr');
      const bytes = new TextEncoder().encode('settings' + JSON.stringify(sanitizeSettings({ ...VALID, hiddenSites: many }))).length;
      expect(bytes).toBeLessThan(8192);
      const long = Array.from({ length: 100 }, (_, i) => `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.x${i}.fr`);
      expect(JSON.stringify(sanitizeSettings({ hiddenSites: long })).length).toBeLessThan(8192 - 200);
    });
  });

  describe('snoozeUntil', () => {
    it.each([
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ['negative', -5],
      ['zero', 0],
      ['beyond the last valid Date', 9e15],
      ['a numeric string', '1900000000000'],
      ['null', null],
    ])('is 0 when %s', (_l, snoozeUntil) => {
      expect(sanitizeSettings({ ...VALID, snoozeUntil })).toEqual({ ...VALID, snoozeUntil: 0 });
    });

    it('keeps a real time, which a Date can format', () => {
      const out = sanitizeSettings({ snoozeUntil: 8.64e15 });
      expect(out.snoozeUntil).toBe(8.64e15);
      expect(() => new Intl.DateTimeFormat('fr-FR').format(out.snoozeUntil)).not.toThrow();
    });
  });

  it('handles objects without a prototype and sparse arrays', () => {
    expect(sanitizeSettings(Object.assign(Object.create(null), { enabled: false }))).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(sanitizeSettings({ hiddenSites: new Array(5) })).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a fresh object that does not share the defaults', () => {
    const out = sanitizeSettings(undefined);
    out.hiddenSites.push('amazon.fr');
    expect(DEFAULT_SETTINGS.hiddenSites).toEqual([]);
    expect(defaultSettings().hiddenSites).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS.hiddenSites)).toBe(true);
  });
});

describe('migrateV1', () => {
  it('maps layout to openByDefault and hiddenOn to hiddenSites, keeping enabled', () => {
    const v1 = { enabled: false, layout: 'card', hiddenOn: ['fnac.com'] };
    expect(sanitizeSettings(migrateV1(v1))).toEqual({ ...DEFAULT_SETTINGS, enabled: false, openByDefault: true, hiddenSites: ['fnac.com'] });
    expect(sanitizeSettings(migrateV1({ layout: 'pill' })).openByDefault).toBe(false);
  });

  it('turns a v1 platform id into all of that platform’s hosts', () => {
    const sites = sanitizeSettings(migrateV1({ hiddenOn: ['cdiscount', 'Amazon'] })).hiddenSites;
    expect(sites).toContain('cdiscount.com');
    expect(sites).toContain('amazon.fr');
    expect(sites).toContain('amazon.de');
    expect(sites).not.toContain('cdiscount');
  });

  it('leaves garbage for the sanitizer, without throwing', () => {
    expect(migrateV1('garbage')).toBe('garbage');
    expect(migrateV1(null)).toBe(null);
    expect(sanitizeSettings(migrateV1({ layout: 7, hiddenOn: 'amazon' }))).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(migrateV1({ hiddenOn: [1, null, 'ebay.fr'] })).hiddenSites).toEqual(['ebay.fr']);
  });
});

describe('siteKey and site visibility', () => {
  it.each([
    ['www.amazon.fr', 'amazon.fr'],
    ['WWW.Amazon.FR.', 'amazon.fr'],
    ['smile.amazon.fr', 'smile.amazon.fr'],
    ['wwwamazon.fr', 'wwwamazon.fr'],
  ])('%s → %s', (host, key) => expect(siteKey(host)).toBe(key));

  const now = 1_800_000_000_000;
  const base = defaultSettings();

  it('shows by default and hides when disabled, snoozed or hidden on that site', () => {
    expect(isBadgeVisible(base, 'www.amazon.fr', now)).toBe(true);
    expect(isBadgeVisible({ ...base, enabled: false }, 'www.amazon.fr', now)).toBe(false);
    expect(isBadgeVisible({ ...base, snoozeUntil: now + 1 }, 'www.amazon.fr', now)).toBe(false);
    expect(isBadgeVisible({ ...base, snoozeUntil: now }, 'www.amazon.fr', now)).toBe(true);
    expect(isBadgeVisible({ ...base, hiddenSites: ['amazon.fr'] }, 'www.amazon.fr', now)).toBe(false);
    expect(isBadgeVisible({ ...base, hiddenSites: ['amazon.fr'] }, 'www.fnac.com', now)).toBe(true);
  });

  it('snoozes until the stored time only', () => {
    expect(isSnoozed({ snoozeUntil: 0 }, now)).toBe(false);
    expect(isSnoozed({ snoozeUntil: now + 1000 }, now)).toBe(true);
    expect(isSnoozed({ snoozeUntil: now - 1000 }, now)).toBe(false);
  });

  it('hides and unhides a site by its key, once', () => {
    const hidden = { ...base, ...hideSite({ ...base, hiddenSites: ['fnac.com'] }, 'www.Amazon.fr') };
    expect(hidden.hiddenSites).toEqual(['fnac.com', 'amazon.fr']);
    expect(hideSite(hidden, 'amazon.fr').hiddenSites).toEqual(['fnac.com', 'amazon.fr']);
    expect(unhideSite(hidden, 'www.amazon.fr').hiddenSites).toEqual(['fnac.com']);
  });
});


describe('updateSettings', () => {
  it('applies a patch, or a function of them, to the settings stored now, and stores the result sanitized', async () => {
    const item = defineSettingsItem('local');
    await item.setValue({ ...defaultSettings(), hiddenSites: ['fnac.com'] });
    await updateSettings(item, { language: 'en', position: 'nowhere' as never });
    expect(await item.getValue()).toEqual({ ...defaultSettings(), hiddenSites: ['fnac.com'], language: 'en' });
    // Another context writes in between: the function sees that write, not an older copy.
    await item.setValue({ ...(await item.getValue()), enabled: false });
    await updateSettings(item, (current) => hideSite(current, 'www.amazon.fr'));
    expect(await item.getValue()).toEqual({ ...defaultSettings(), hiddenSites: ['fnac.com', 'amazon.fr'], language: 'en', enabled: false });
  });

  it('turns garbage in storage into defaults before patching', async () => {
    const item = defineSettingsItem('local');
    await item.setValue('garbage' as never);
    await updateSettings(item, { openByDefault: true });
    expect(await item.getValue()).toEqual({ ...defaultSettings(), openByDefault: true });
  });
});

describe('settingsItem', () => {
  it('is one item per context: every caller shares its migration and its version watch', () => {
    expect(settingsItem()).toBe(settingsItem());
    expect(settingsItem().key).toBe('sync:settings');
  });
});
