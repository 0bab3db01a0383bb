/**
 * A typed state holder with zustand's vanilla shape (getState, setState(patch), subscribe), for
 * the first stage: zustand itself would cost bytes an Amazon page pays on every load. The card
 * (second stage) mirrors it into a real zustand/vanilla store.
 */
export interface StateHolder<T extends object> {
  getState(): T;
  setState(patch: Partial<T>): void;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

export function createStateHolder<T extends object>(initial: T): StateHolder<T> {
  let state = initial;
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    getState: () => state,
    setState(patch) {
      const previous = state;
      const next = { ...state, ...patch };
      if ((Object.keys(patch) as (keyof T)[]).every((k) => Object.is(next[k], previous[k]))) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
