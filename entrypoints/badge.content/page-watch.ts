import type { ContentScriptContext } from '#imports';
import type { Clock } from '@/lib/badge/clock';

/** The context's timers and the page's clock: timers die with the content script. */
export function contextClock(ctx: ContentScriptContext): Clock {
  return {
    setTimer: (run, ms) => {
      const id = ctx.setTimeout(run, ms);
      return () => clearTimeout(id);
    },
    now: () => performance.now(),
  };
}

/** Observes `target` while the context is valid; returns the stop function. */
export function observeWhileValid(
  ctx: ContentScriptContext,
  target: Node,
  options: MutationObserverInit,
  onChange: () => void,
): () => void {
  const observer = new MutationObserver(() => ctx.isValid && onChange());
  observer.observe(target, options);
  return () => observer.disconnect();
}
