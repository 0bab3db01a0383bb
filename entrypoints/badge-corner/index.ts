import { defineUnlistedScript } from '#imports';
import { publishCornerKeeperFactory } from '@/lib/badge/page/corner-for-pill';
import { createCornerKeeper } from '@/lib/badge/page/corner-keeper';

// The corner code of the badge: injected by the background (entrypoints/background/lazy-scripts.ts)
// with scripting.executeScript into the tab's isolated world the first time the pill takes a
// corner, so that a first stage whose pill sits inline never carries it. Not web-accessible: a
// page can neither fetch nor probe it. It only hands the keeper's factory to the first stage.
export default defineUnlistedScript(() => publishCornerKeeperFactory(createCornerKeeper));
