import { storage, type WxtStorageItem } from '#imports';
import { isRecord } from './is-record';

// WXT's own versioned items treat a value written by a newer version of the extension (synced
// from another machine, or left by an update the user rolled back) as an error: every context
// that defines the item logs console.error("Version downgrade detected"), and a write from this
// older copy would drop the fields it does not know. The item below migrates older values the
// way WXT does (same `<key>$` metadata, same `v` field), reads newer ones as they are for the
// caller to sanitize, and, when writing over a newer value, keeps what this copy did not change.

type Key = `${'local' | 'sync'}:${string}`;
type Record_ = Record<string, unknown>;

export interface VersionedItemOptions<T> {
  fallback: T;
  /** This copy's schema version (≥ 1). */
  version: number;
  /** `n: old → new` turns a version n − 1 value into a version n value. */
  migrations: Record<number, (old: unknown) => unknown>;
  /** How this copy understands any stored value (field by field, never throws). */
  read: (raw: unknown) => T;
}

// Settings are plain JSON: comparing their JSON is comparing their content.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The version stored in an item's metadata; anything but a positive integer is read as v1, as WXT does for none. */
export function storedVersion(meta: unknown): number {
  const v = isRecord(meta) ? meta.v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * What to write over a value from a newer version: the fields this copy changed (they differ
 * from how it read the stored value), and for everything else the stored value as it was,
 * including fields this copy does not know. A field this copy cannot read keeps its stored form
 * unless the user changed it here.
 */
export function mergeOverNewer<T extends object>(stored: unknown, next: T, read: (raw: unknown) => T): Record_ {
  if (!isRecord(stored)) return { ...(next as Record_) };
  const understood = read(stored) as unknown as Record_;
  const merged: Record_ = { ...stored };
  for (const [field, value] of Object.entries(next)) {
    if (!(field in stored) || !same(value, understood[field])) merged[field] = value;
  }
  return merged;
}

/** A storage item with schema versions that reads and writes values from newer versions without complaint. */
export function defineVersionedItem<T extends object>(key: Key, options: VersionedItemOptions<T>): WxtStorageItem<T, Record<string, never>> {
  const { fallback, version, migrations, read } = options;
  // No version or migrations given to WXT: it runs no migration of its own, so it never logs.
  const base = storage.defineItem<T>(key, { fallback });
  let needsVersionSet = false;
  // The stored value's version, kept current: a newer copy on another machine may sync in at any time.
  let stored = version;
  base.watchMeta((meta) => {
    stored = storedVersion(meta);
    // Another context labelled the value first: relabelling it could call a newer value ours.
    if (isRecord(meta) && meta.v != null) needsVersionSet = false;
  });

  const migrate = async () => {
    const [value, meta] = await Promise.all([storage.getItem<unknown>(key), storage.getMeta(key)]);
    const isLabelled = isRecord(meta) && meta.v != null;
    if (isLabelled) stored = storedVersion(meta);
    // A fresh install: the first write labels the value with this version.
    needsVersionSet = value == null && !isLabelled;
    if (value == null) return;
    const from = storedVersion(meta);
    stored = from;
    if (from >= version) return;
    let migrated = value;
    for (let v = from + 1; v <= version; v++) migrated = migrations[v]?.(migrated) ?? migrated;
    await storage.setItem(key, migrated);
    await storage.setMeta(key, { v: version });
    stored = version;
  };
  // A storage that cannot be read now leaves readers on what getValue returns, sanitized by them.
  const ready = migrate().catch(() => undefined);

  return {
    key,
    get fallback() {
      return fallback;
    },
    get defaultValue() {
      return fallback;
    },
    getValue: async () => {
      await ready;
      return base.getValue() as Promise<T>;
    },
    setValue: async (value) => {
      await ready;
      const written = stored > version ? mergeOverNewer(await storage.getItem<unknown>(key), value, read) : value;
      if (!needsVersionSet) return storage.setItem(key, written);
      needsVersionSet = false;
      await Promise.all([storage.setItem(key, written), storage.setMeta(key, { v: version })]);
    },
    getMeta: async () => {
      await ready;
      return base.getMeta();
    },
    setMeta: async (properties) => {
      await ready;
      return base.setMeta(properties);
    },
    removeValue: async (opts) => {
      await ready;
      return base.removeValue(opts);
    },
    removeMeta: async (properties) => {
      await ready;
      return base.removeMeta(properties);
    },
    watch: (cb) => base.watch(cb as never),
    watchMeta: (cb) => base.watchMeta(cb),
    migrate,
  };
}
