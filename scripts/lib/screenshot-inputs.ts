// What the pictures in docs/screenshots/ and public/welcome/ show: the texts (locales/), the facts
// (data/charter/, data/platforms/), the views (components/), the status logic and marks, and the
// badge's page styles. npm run screenshots records a hash of these files in INPUTS_FILE; a unit
// test (test/scripts/screenshot-inputs.test.ts) recomputes it and fails when one changed since.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Folders and files, relative to the project root, in POSIX form. */
export const SCREENSHOT_INPUTS: readonly string[] = [
  'locales',
  'data/charter',
  'data/platforms',
  'components',
  'lib/status.ts',
  'lib/badge/status-icon-paths.ts',
  'lib/badge/page/pill.css',
  'entrypoints/badge-card/card.css',
];

/** Where the hash is recorded, relative to the project root. */
export const INPUTS_FILE = 'docs/screenshots/INPUTS.sha256';

const TEXT_FILE = /\.(?:ts|tsx|css|json)$/;

function listFiles(root: string, rel: string): string[] {
  const abs = path.join(root, rel);
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs).flatMap((name) => {
    const child = `${rel}/${name}`;
    return statSync(path.join(root, child)).isDirectory() ? listFiles(root, child) : TEXT_FILE.test(name) ? [child] : [];
  });
}

/**
 * One SHA-256 over every input file: sorted POSIX paths, each followed by its text with line
 * endings normalised to \n, so a checkout on Windows (CRLF) or a different file order gives the same hash.
 */
export function screenshotInputsHash(root: string, inputs: readonly string[] = SCREENSHOT_INPUTS): string {
  const files = inputs.flatMap((rel) => listFiles(root, rel)).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8').replace(/\r\n?/g, '\n');
    hash.update(`${file}\0${text}\0`);
  }
  return hash.digest('hex');
}

/** The file's line: the hash, then what it covers, for a person reading it. */
export function inputsRecord(hash: string): string {
  return `${hash}  ${SCREENSHOT_INPUTS.join(' ')}\n`;
}
