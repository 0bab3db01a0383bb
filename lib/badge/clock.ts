/** Timers and time for the badge's watches: the content script's context in the page, fakes in tests. */
export interface Clock {
  /** A timer that dies with the content script; returns its cancel function. */
  setTimer(run: () => void, ms: number): () => void;
  now(): number;
}
