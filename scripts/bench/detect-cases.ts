// The pages the detection benchmark measures: the largest saved product and search pages.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureUrl, loadFixture, readManifest } from '../../test/helpers/fixtures';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchPage {
  file: string;
  url: string;
  /** Uncompressed size, from MANIFEST.tsv. */
  bytes: number;
  html: string;
}

export function benchPages(): { product: BenchPage; search: BenchPage } {
  const rows = readManifest();
  const largest = (kind: string): BenchPage => {
    const row = rows.filter((r) => r.pageKind === kind).sort((a, b) => b.sizeBytes - a.sizeBytes)[0];
    if (!row) throw new Error(`MANIFEST.tsv lists no ${kind} page`);
    return { file: row.file, url: fixtureUrl(row), bytes: row.sizeBytes, html: loadFixture(row.file) };
  };
  return { product: largest('product'), search: largest('search') };
}
