/**
 * The work one seller reading may do. A reading runs on the page's main thread, so every DOM walk
 * in the readers spends from one budget of nodes and milliseconds; once it is spent the walks stop
 * and the reading answers unknown rather than block the page (a 20 MB page full of « vendu … par »
 * blocked it for seconds before).
 *
 * The budget is held for the duration of one synchronous reading (`withBudget`) instead of being
 * passed down: the text helpers deep inside every reader must stop at the same limit.
 */

/** Nodes one reading may visit (text walks, statement scans, structured-data objects). */
export const NODE_BUDGET = 20_000;
/** Milliseconds one reading may take, checked as it walks. */
export const TIME_BUDGET_MS = 8;
// The clock is looked at once per this many nodes. A reading of an ordinary page walks a few
// hundred nodes (its buy box, a JSON-LD script) and never needs it; the time limit is for the
// walks that go on, such as a « Vendu par » scan of a huge page. (It also keeps a slow DOM, like
// happy-dom's in unit tests, from cutting ordinary readings short on its native queries.)
const CLOCK_EVERY = 1024;

export interface ScanBudget {
  /** Nodes visited so far. */
  readonly visited: number;
  /** True once nodes or time ran out: the reading must not conclude from a partial walk. */
  readonly exhausted: boolean;
  /** Counts `n` visited nodes; false when the budget is spent (stop walking). */
  spend(n?: number): boolean;
}

export interface BudgetOptions {
  nodes?: number;
  ms?: number;
  now?: () => number;
}

export function createBudget({ nodes = NODE_BUDGET, ms = TIME_BUDGET_MS, now = () => performance.now() }: BudgetOptions = {}): ScanBudget {
  const deadline = now() + ms;
  let visited = 0;
  let sinceClock = 0;
  let exhausted = false;
  return {
    get visited() {
      return visited;
    },
    get exhausted() {
      return exhausted;
    },
    spend(n = 1) {
      if (exhausted) return false;
      visited += n;
      sinceClock += n;
      if (visited > nodes) exhausted = true;
      else if (sinceClock >= CLOCK_EVERY) {
        sinceClock = 0;
        if (now() > deadline) exhausted = true;
      }
      return !exhausted;
    },
  };
}

// Outside a reading (a helper called directly, e.g. by a test), walks are bounded by a fresh budget each.
let current: ScanBudget | undefined;

/** Runs one reading with `budget` as the limit of every walk inside it. */
export function withBudget<T>(budget: ScanBudget, read: () => T): T {
  const outer = current;
  current = budget;
  try {
    return read();
  } finally {
    current = outer;
  }
}

/** The budget of the reading in progress (a fresh one outside a reading). */
export function activeBudget(): ScanBudget {
  return current ?? createBudget();
}
