import { storage, type WxtStorageItem } from '#imports';
import type { LangPref } from './i18n';

export type Position = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'inline';
export const POSITIONS: readonly Position[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left', 'inline'];

/** The user's settings, shared by the badge, the popup, the side panel and the background. */
export interface Settings {
  /** Show the badge on product pages at all (the toolbar icon keeps the status either way). */
  enabled: boolean;
  position: Position;
  /** Open the card on arrival instead of the compact pill. */
  openByDefault: boolean;
  /** Sites (hostnames without "www.") where the badge stays hidden. */
  hiddenSites: string[];
  /** Epoch milliseconds until which the badge is snoozed; 0 = not snoozed. */
  snoozeUntil: number;
  language: LangPref;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  position: 'bottom-right',
  openByDefault: false,
  hiddenSites: [],
  snoozeUntil: 0,
  language: 'auto',
});

/** The shape stored by version 1 (before positions, snooze and language existed). */
export interface SettingsV1 {
  enabled: boolean;
  layout: 'pill' | 'card';
  hiddenOn: string[];
}

const HOST = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const MAX_HIDDEN_SITES = 500;

/** The key a site is hidden under: the lowercase hostname without a leading "www.". */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => values.includes(v as T);

/**
 * Keeps every valid field and replaces the rest with its default: storage may hold anything
 * (an older shape, a hand edit, another extension's bug). Never throws.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const hidden = Array.isArray(r.hiddenSites)
    ? [...new Set(r.hiddenSites.filter((x): x is string => typeof x === 'string').map(siteKey))].filter((h) => HOST.test(h))
    : [];
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    position: isOneOf(POSITIONS, r.position) ? r.position : DEFAULT_SETTINGS.position,
    openByDefault: typeof r.openByDefault === 'boolean' ? r.openByDefault : DEFAULT_SETTINGS.openByDefault,
    hiddenSites: hidden.slice(0, MAX_HIDDEN_SITES),
    snoozeUntil:
      typeof r.snoozeUntil === 'number' && Number.isFinite(r.snoozeUntil) && r.snoozeUntil > 0 ? r.snoozeUntil : 0,
    language: isOneOf(['auto', 'fr', 'en'] as const, r.language) ? r.language : DEFAULT_SETTINGS.language,
  };
}

/** Version 1 → 2: "layout: card" became "open by default", "hiddenOn" became "hiddenSites". */
export function migrateV1(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const { layout, hiddenOn, ...rest } = old;
  return {
    ...rest,
    ...(layout === 'card' || layout === 'pill' ? { openByDefault: layout === 'card' } : {}),
    ...(Array.isArray(hiddenOn) ? { hiddenSites: hiddenOn } : {}),
  };
}

/** Whether the badge should show on a host now, given the settings. */
export function isBadgeVisible(settings: Settings, hostname: string, now: number): boolean {
  return settings.enabled && settings.snoozeUntil <= now && !settings.hiddenSites.includes(siteKey(hostname));
}

export const SETTINGS_VERSION = 2;

/**
 * storage.sync when the browser has it, so settings follow the user across devices;
 * storage.local otherwise. Chosen lazily: data/ runs nothing at import time.
 */
export function settingsArea(): 'sync' | 'local' {
  const g = globalThis as { browser?: { storage?: { sync?: unknown } }; chrome?: { storage?: { sync?: unknown } } };
  return (g.browser?.storage?.sync ?? g.chrome?.storage?.sync) ? 'sync' : 'local';
}

let item: WxtStorageItem<Settings, Record<string, never>> | undefined;

/** The settings storage item (versioned, with a fallback). Raw values still go through sanitizeSettings. */
export function settingsItem(): WxtStorageItem<Settings, Record<string, never>> {
  item ??= storage.defineItem<Settings>(`${settingsArea()}:settings`, {
    fallback: { ...DEFAULT_SETTINGS, hiddenSites: [] },
    version: SETTINGS_VERSION,
    migrations: { 2: migrateV1 as (old: unknown) => Settings },
  });
  return item;
}

/** Tests only: forget the memoised item (fakeBrowser.reset() drops its watchers). */
export function resetSettingsItemForTests(): void {
  item = undefined;
}
