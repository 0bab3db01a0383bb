// Reading one platform's seller safely, within a budget, whatever its reader returns.
import { isRecord } from '../is-record';
import { createBudget, withBudget, type ScanBudget } from './budget';
import { makeSeller, UNKNOWN } from './make-seller';
import { sameIdentity, sanitizeIdentity } from './trader-identity';
import type { Seller, SellerReader } from './types';

const KINDS: ReadonlySet<string> = new Set(['platform', 'third-party', 'private', 'unknown']);

/**
 * Keeps a valid Seller and turns anything else into unknown: extractors are trusted, not blindly.
 * `trader` survives only as 'professional' or 'private', never on the platform itself; a private
 * trader makes the kind 'private' and the kind 'private' always carries it. `identity` survives,
 * sanitized, on a third party only.
 */
function sanitizeSeller(raw: unknown): Seller {
  if (!isRecord(raw)) return UNKNOWN;
  const { kind, name, trader, identity } = raw;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return UNKNOWN;
  // The rules of a valid Seller are makeSeller's: this only checks the types first.
  const seller = makeSeller(kind as Seller['kind'], typeof name === 'string' ? name : undefined, trader === 'private' || trader === 'professional' ? trader : undefined);
  // Only a business shows a trader block: an identity goes with a third party, never with a private seller.
  const stated = seller.kind === 'third-party' ? sanitizeIdentity(identity) : undefined;
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
