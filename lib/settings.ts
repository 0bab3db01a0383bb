import type { WxtStorageItem } from '#imports';
import type { LangPref } from './i18n';
import { getPlatform } from '../data/platforms';
import { defineVersionedItem } from './versioned-item';
import { SETTINGS_KEY, settingsArea } from './browser/settings-area';
import { isRecord } from './is-record';

export type Position = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'inline';
export const POSITIONS: readonly Position[] = ['inline', 'bottom-right', 'bottom-left', 'top-right', 'top-left'];
export const LANG_PREFS: readonly LangPref[] = ['auto', 'fr', 'en'];

/** The user's settings, shared by the badge, the popup, the side panel and the background. */
export interface Settings {
  /** Show the badge on product pages at all (the toolbar icon keeps the status either way). */
  enabled: boolean;
  position: Position;
  /** Open the card on arrival instead of the compact pill. */
  openByDefault: boolean;
  /** Sites (hostnames without "www.") where the badge stays hidden, oldest first. */
  hiddenSites: string[];
  /** Epoch milliseconds until which the badge is snoozed; 0 = not snoozed. */
  snoozeUntil: number;
  language: LangPref;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  // In the page's flow under the product title, where the platform's file names it and the page
  // has it (covering nothing); elsewhere the bottom-right corner, out of the page's way.
  position: 'inline',
  openByDefault: false,
  // Frozen too: a caller that pushes into the defaults would change them for every later reader.
  hiddenSites: Object.freeze([]) as unknown as string[],
  snoozeUntil: 0,
  language: 'auto',
});

/** A fresh, mutable copy of the defaults. */
export const defaultSettings = (): Settings => ({ ...DEFAULT_SETTINGS, hiddenSites: [] });

export const SNOOZE_DAY_MS = 24 * 60 * 60 * 1000;
export const SNOOZE_WEEK_MS = 7 * SNOOZE_DAY_MS;

const HOST = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const MAX_HIDDEN_SITES = 200;
// storage.sync allows 8,192 bytes per item (key + JSON value, Chrome's QUOTA_BYTES_PER_ITEM):
// the list gets 6,000 so the whole item stays well under it and a write never fails on quota.
const HIDDEN_SITES_BUDGET = 6000;
// The largest time a Date can hold; beyond it formatting "snoozed until" would throw.
const MAX_TIME_MS = 8.64e15;

/** The key a site is hidden under: the lowercase hostname without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => values.includes(v as T);

/** Valid, unique site keys in their order; when too many, the most recently added ones are kept. */
function sanitizeHiddenSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const keys = raw.filter((x): x is string => typeof x === 'string').map(siteKey).filter((h) => HOST.test(h));
  const unique = [...new Set(keys)];
  const kept: string[] = [];
  let size = 2;
  for (const host of unique.reverse()) {
    size += host.length + 3;
    if (kept.length >= MAX_HIDDEN_SITES || size > HIDDEN_SITES_BUDGET) break;
    kept.push(host);
  }
  return kept.reverse();
}

/**
 * Keeps every valid field and replaces the rest with its default: storage may hold anything
 * (an older shape, a hand edit, another extension's bug). Unknown keys are dropped. Never throws.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const snooze = r.snoozeUntil;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    position: isOneOf(POSITIONS, r.position) ? r.position : DEFAULT_SETTINGS.position,
    openByDefault: typeof r.openByDefault === 'boolean' ? r.openByDefault : DEFAULT_SETTINGS.openByDefault,
    hiddenSites: sanitizeHiddenSites(r.hiddenSites),
    snoozeUntil: typeof snooze === 'number' && snooze > 0 && snooze <= MAX_TIME_MS ? snooze : 0,
    language: isOneOf(LANG_PREFS, r.language) ? r.language : DEFAULT_SETTINGS.language,
  };
}

/** A v1 `hiddenOn` entry as v2 site keys: a platform id stands for all of its hostnames. */
function v1HiddenToSites(entry: unknown): unknown[] {
  if (typeof entry !== 'string') return [];
  const platform = getPlatform(entry.trim().toLowerCase());
  return platform ? [...platform.hostnames] : [entry];
}

/**
 * Version 1 → 2. Version 1 stored `{ enabled, layout: 'pill' | 'card', hiddenOn }`, before
 * positions, snooze and language existed: "layout: card" became "open by default", "hiddenOn"
 * (platform ids such as "amazon", or hostnames) became "hiddenSites" (hosts). Fields v1 already
 * had keep their value when valid.
 */
export function migrateV1(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { layout, hiddenOn, ...rest } = old;
  return {
    ...rest,
    ...(layout === 'card' || layout === 'pill' ? { openByDefault: layout === 'card' } : {}),
    ...(Array.isArray(hiddenOn) ? { hiddenSites: hiddenOn.flatMap(v1HiddenToSites) } : {}),
  };
}

/** Whether the badge should show on a host now, given the settings. */
export function isBadgeVisible(settings: Settings, hostname: string, now: number): boolean {
  return settings.enabled && settings.snoozeUntil <= now && !settings.hiddenSites.includes(siteKey(hostname));
}

/** Whether the badge is snoozed at `now`. */
export function isSnoozed(settings: Pick<Settings, 'snoozeUntil'>, now: number): boolean {
  return settings.snoozeUntil > now;
}

/** The patch that hides the badge on a host (added last, so it survives trimming). */
export function hideSite(settings: Settings, hostname: string): Pick<Settings, 'hiddenSites'> {
  const key = siteKey(hostname);
  return { hiddenSites: [...settings.hiddenSites.filter((h) => h !== key), key] };
}

/** The patch that shows the badge again on a host. */
export function unhideSite(settings: Settings, hostname: string): Pick<Settings, 'hiddenSites'> {
  const key = siteKey(hostname);
  return { hiddenSites: settings.hiddenSites.filter((h) => h !== key) };
}

const SETTINGS_VERSION = 2;

export type SettingsItem = WxtStorageItem<Settings, Record<string, never>>;

/**
 * Defines the versioned settings item in an area (tests use both). Prefer settingsItem().
 * A value from a newer version of the extension is read field by field, without an error, and
 * kept as it is where this copy writes nothing new (lib/versioned-item.ts).
 */
export function defineSettingsItem(area: 'sync' | 'local' = settingsArea()): SettingsItem {
  return defineVersionedItem<Settings>(`${area}:${SETTINGS_KEY}`, {
    fallback: defaultSettings(),
    version: SETTINGS_VERSION,
    // Stored clean, so the next reader finds a v2 value and not a v1 value relabelled.
    migrations: { 2: (old: unknown) => sanitizeSettings(migrateV1(old)) },
    read: sanitizeSettings,
  });
}

let item: SettingsItem | undefined;

/** The settings storage item (versioned, with a fallback). Raw values still go through sanitizeSettings. */
export function settingsItem(): SettingsItem {
  item ??= defineSettingsItem();
  return item;
}

/** A partial change, or a function of the current stored settings that returns one. */
export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/**
 * Applies a patch to what storage holds now, not to a copy read earlier, so that a write made
 * just after another context's loses nothing; the result is stored sanitized.
 */
export async function updateSettings(item: SettingsItem, patch: SettingsPatch): Promise<void> {
  const current = sanitizeSettings(await item.getValue());
  const change = typeof patch === 'function' ? patch(current) : patch;
  await item.setValue(sanitizeSettings({ ...current, ...change }));
}
