import type { Clock } from './clock';

/** The timing of the late-signal watch: one check at most every throttleMs, for maxMs at most. */
const LATE_SIGNALS = { throttleMs: 500, maxMs: 10_000 } as const;

export interface LateSignalDeps extends Clock {
  /** Re-runs the cheap detection; true ends the watch (the page turned out to be a product page). */
  check(): boolean;
  /** Starts observing the page; calls onChange on any change. Returns the stop function. */
  observe(onChange: () => void): () => void;
  throttleMs?: number;
  maxMs?: number;
}

/**
 * Watches for product signals that arrive after the first detection (SPAs render the product
 * after the URL changes). A change schedules a check; checks are at least throttleMs apart; the
 * watch stops on the first positive check or after maxMs, whichever comes first. Returns stop().
 */
export function watchLateSignals(deps: LateSignalDeps): () => void {
  const throttleMs = deps.throttleMs ?? LATE_SIGNALS.throttleMs;
  const maxMs = deps.maxMs ?? LATE_SIGNALS.maxMs;
  const startedAt = deps.now();
  let lastCheck = -Infinity;
  let cancelPending: (() => void) | undefined;
  let isStopped = false;
  let cancelDeadline = (): void => undefined;
  let stopObserving = (): void => undefined;

  const stop = () => {
    if (isStopped) return;
    isStopped = true;
    cancelPending?.();
    cancelDeadline();
    stopObserving();
  };
  const run = () => {
    cancelPending = undefined;
    if (isStopped) return;
    lastCheck = deps.now();
    if (deps.check()) stop();
  };
  const onChange = () => {
    if (isStopped || cancelPending) return;
    const now = deps.now();
    if (now - startedAt >= maxMs) return stop();
    cancelPending = deps.setTimer(run, Math.max(0, lastCheck + throttleMs - now));
  };
  cancelDeadline = deps.setTimer(stop, maxMs);
  stopObserving = deps.observe(onChange);
  if (isStopped) stopObserving();
  return stop;
}
