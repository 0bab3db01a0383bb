// Runs in test:e2e right after the Chrome build: the content script loads on every marketplace
// page, so its size is a budget, not a curiosity.
import { expect, it } from 'vitest';
import { CONTENT_SCRIPT, measureJs } from '../../scripts/bench/size';
import { assertPrerequisites, defaultExtDir } from '../helpers/e2e/harness';

// About 47 kB of it is the runtime the stack brings before any of our code (Preact 13 kB, WXT's
// content-script helpers 16 kB, webextension-polyfill 10 kB, @wxt-dev/storage 8 kB: measured from
// the source map on 2026-11-26, when badge.js was 90.8 kB). The budget catches regressions such
// as the popup and side-panel dictionaries leaking into the content script (+15 kB, seen once).
const BADGE_BUDGET_BYTES = 100_000;

it(`keeps ${CONTENT_SCRIPT} within ${BADGE_BUDGET_BYTES / 1000} kB`, () => {
  const extDir = defaultExtDir();
  assertPrerequisites(extDir);
  const badge = measureJs(extDir).find((f) => f.file === CONTENT_SCRIPT);
  expect(badge, `${CONTENT_SCRIPT} is missing from ${extDir}`).toBeDefined();
  console.log(`${CONTENT_SCRIPT}: ${badge!.bytes} B (${badge!.gzipBytes} B gzipped), budget ${BADGE_BUDGET_BYTES} B`);
  expect(badge!.bytes).toBeLessThanOrEqual(BADGE_BUDGET_BYTES);
});
