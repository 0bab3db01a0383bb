import type { Clock } from '@/lib/badge/clock';

/** A Clock on the global timers: under vi.useFakeTimers() the test drives it. */
export const timerClock: Clock = {
  setTimer: (run, ms) => {
    const id = setTimeout(run, ms);
    return () => clearTimeout(id);
  },
  now: () => Date.now(),
};
