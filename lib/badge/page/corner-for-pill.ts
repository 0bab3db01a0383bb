import type { createCornerKeeper } from './corner-keeper';

/** Makes the keeper of a pill in a corner (./corner-keeper.ts). */
export type CornerKeeperFactory = typeof createCornerKeeper;

/**
 * What the corner script gives the pill: the hand-off the other way round from the card's
 * (./pill-for-card.ts), on the same isolated world's global object, which the page's scripts never
 * see. The corner code (./corner-keeper.ts, ./placement.ts) is needed only when the badge takes a
 * corner, so the first stages do not carry it: on its first corner, a first stage asks the
 * background ('corner/load'), which injects entrypoints/badge-corner/index.ts into the tab's
 * isolated world; that script publishes the factory here, and the first stage reads it once the
 * background answers. A plain function: nothing runs when it is read.
 */
const KEY = '__chartePmeCorner';

/** Called by the corner script when it runs (undefined withdraws it, for tests). */
export function publishCornerKeeperFactory(create: CornerKeeperFactory | undefined): void {
  (globalThis as Record<string, unknown>)[KEY] = create;
}

/** For the first stage: the corner keeper's factory, once the corner script has run in this world. */
export function findCornerKeeperFactory(): CornerKeeperFactory | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as CornerKeeperFactory | undefined;
}
