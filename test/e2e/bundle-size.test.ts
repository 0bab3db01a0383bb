// Runs in test:e2e right after the Chrome build: a first stage loads on every page of its
// marketplaces, so its size is a budget, not a curiosity. Bytes are stable; times are not, so
// only bytes are asserted (npm run bench measures the times).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { CARD_SCRIPT, FIRST_STAGES, measureJs } from '../../scripts/bench/size';
import { assertPrerequisites, defaultExtDir } from '../helpers/e2e/harness';

// Issue 13 asks for at most 24 kB on an Amazon product page (target 20 kB). The first stages met it
// (Amazon 23.99 kB) until the seller readers of issue 16 (buy box, structured data, digital items,
// more languages and Amazon entities, node and time budgets) joined them: Amazon is now about 29 kB.
// These budgets hold today's sizes so nothing grows unnoticed; reaching 24 kB again means loading
// the readers lazily like the card (issue 13 stays open for it). The French retailers' group also
// carries every DOM hint (Darty's and Conforama's ambiguous URL shapes) and eight readers.
const FIRST_STAGE_BUDGET_BYTES = 26_000;
const BUDGETS: Readonly<Record<string, number>> = {
  'content-scripts/badge-amazon.js': 29_500,
  'content-scripts/badge-retail.js': 38_000,
};
// The card is loaded on opening only; the budget catches the popup's or side panel's tables leaking in.
const CARD_BUDGET_BYTES = 80_000;

const sizes = () => {
  const extDir = defaultExtDir();
  assertPrerequisites(extDir);
  return measureJs(extDir);
};

it.each(FIRST_STAGES)('keeps %s within its budget, without the polyfill or WXT’s start-up message', (file) => {
  const stage = sizes().find((f) => f.file === file);
  const budget = BUDGETS[file] ?? FIRST_STAGE_BUDGET_BYTES;
  expect(stage, `${file} is missing`).toBeDefined();
  console.log(`${file}: ${stage!.bytes} B (${stage!.gzipBytes} B gzipped), budget ${budget} B`);
  expect(stage!.bytes).toBeLessThanOrEqual(budget);
  const code = readFileSync(path.join(defaultExtDir(), file), 'utf8');
  // webextension-polyfill's own guard message, and the event WXT's context names after the extension id.
  expect(code).not.toContain('This script should only be loaded in a browser extension');
  expect(code).not.toContain('content-script-started');
});

it(`keeps the card (${CARD_SCRIPT}) within ${CARD_BUDGET_BYTES / 1000} kB`, () => {
  const card = sizes().find((f) => f.file === CARD_SCRIPT);
  expect(card, `${CARD_SCRIPT} is missing`).toBeDefined();
  expect(card!.bytes).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
});
