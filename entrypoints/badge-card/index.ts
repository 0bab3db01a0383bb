import { defineUnlistedScript } from '#imports';
import { findPillForCard } from '@/lib/badge/page/pill-for-card';
import { mountCard } from './mount-card';

// The badge's second stage: injected by the background (entrypoints/background/lazy-scripts.ts)
// with scripting.executeScript into the tab's isolated world when the shopper opens the badge.
// Not web-accessible: a page can neither fetch nor probe it.
export default defineUnlistedScript(() => {
  const pill = findPillForCard();
  if (pill && !pill.isCardLoaded) mountCard(pill);
});
