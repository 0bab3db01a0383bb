import type { Platform } from '../../../data/platforms/types';

/**
 * The DOM reading of a group whose platforms have no ambiguous URL shape: the URL decides, and the
 * platform's own markers only tell a product page from an error page served at its address.
 */
export function markerSignals(doc: Document, platform: Platform): string[] {
  // The markers are our own selectors, checked against the saved pages by the data tests.
  return (platform.pages?.markers ?? []).filter((marker) => doc.querySelector(marker)).map((marker) => `dom:marker:${marker}`);
}
