// Reading one platform's seller safely, apart from the registry: a first-stage content script
// imports this module with its own group's readers and so never bundles the other platforms'.
import { createBudget, withBudget, type ScanBudget } from './budget';
import { cleanName, UNKNOWN } from './common';
import { sameIdentity, sanitizeIdentity } from './trader-identity';
import type { Seller, SellerReader } from './types';

const KINDS: ReadonlySet<string> = new Set(['platform', 'third-party', 'private', 'unknown']);

/**
 * Keeps a valid Seller and turns anything else into unknown: extractors are trusted, not blindly.
 * `trader` survives only as 'professional' or 'private', never on the platform itself; a private
 * trader makes the kind 'private' and the kind 'private' always carries it. `identity` survives,
 * sanitized, on a third party only.
 */
export function sanitizeSeller(raw: unknown): Seller {
  if (typeof raw !== 'object' || raw === null) return UNKNOWN;
  const { kind, name, trader, identity } = raw as { kind?: unknown; name?: unknown; trader?: unknown; identity?: unknown };
  if (typeof kind !== 'string' || !KINDS.has(kind) || kind === 'unknown') return UNKNOWN;
  const clean = typeof name === 'string' ? cleanName(name) : undefined;
  if (kind === 'platform') return clean ? { kind, name: clean } : { kind };
  if (!clean) return UNKNOWN;
  if (kind === 'private' || trader === 'private') return { kind: 'private', name: clean, trader: 'private' };
  const seller: Seller = trader === 'professional' ? { kind: 'third-party', name: clean, trader } : { kind: 'third-party', name: clean };
  // Only a business shows a trader block: an identity goes with a third party, never with a private seller.
  const stated = sanitizeIdentity(identity);
  return stated ? { ...seller, identity: stated } : seller;
}

/**
 * One reader's answer, sanitized; a reader that throws gives unknown, and so does a reading that
 * ran out of budget (it may have stopped before a contradicting statement).
 */
export function readSeller(reader: SellerReader, doc: Document, budget: ScanBudget = createBudget()): Seller {
  try {
    const seller = withBudget(budget, () => reader.read(doc));
    return budget.exhausted ? UNKNOWN : sanitizeSeller(seller);
  } catch {
    return UNKNOWN;
  }
}

/** True when two readings say the same thing: the badge re-renders only on a real change. */
export function sameSeller(a: Seller, b: Seller): boolean {
  return a.kind === b.kind && (a.name ?? '') === (b.name ?? '') && a.trader === b.trader && sameIdentity(a.identity, b.identity);
}
