import type { PageContext } from '@/lib/badge/page/context';

/** A first stage's context for unit tests: real timers and listeners, all stopped by `end()`. */
export function fakeContext(): PageContext & { end(): void } {
  const alive = new AbortController();
  return {
    get isValid() {
      return !alive.signal.aborted;
    },
    signal: alive.signal,
    onInvalidated: (cb) => {
      alive.signal.addEventListener('abort', cb);
      return () => alive.signal.removeEventListener('abort', cb);
    },
    addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: alive.signal }),
    setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
    end: () => alive.abort(),
  };
}
