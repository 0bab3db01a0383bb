// The pages and cases the detection benchmark measures, shared by its Node and Chromium runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHtmlFile } from '../lib/html-document';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');

export interface BenchPage {
  file: string;
  url: string;
  /** Uncompressed size, from MANIFEST.tsv. */
  bytes: number;
  html: string;
}

/**
 * The largest saved product page and the largest saved search page. Rows without a recorded URL
 * get one of their kind, as in test/data/detect-fixtures.test.ts.
 */
export function benchPages(): { product: BenchPage; search: BenchPage } {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const col = (header ?? '').split('\t');
  const rows = lines.map((line) => {
    const cells = line.split('\t');
    const get = (name: string) => cells[col.indexOf(name)] ?? '';
    return { file: get('file'), kind: get('page_kind'), url: get('original_url'), bytes: Number(get('size_bytes')) };
  });
  const largest = (kind: string, fallbackUrl: string): BenchPage => {
    const row = rows.filter((r) => r.kind === kind).sort((a, b) => b.bytes - a.bytes)[0];
    if (!row) throw new Error(`MANIFEST.tsv lists no ${kind} page`);
    return { file: row.file, url: row.url || fallbackUrl, bytes: row.bytes, html: readHtmlFile(path.join(FIXTURES, row.file)) };
  };
  return {
    product: largest('product', 'https://www.amazon.com/dp/B0DR8G428S'),
    search: largest('search', 'https://www.amazon.de/s?k=katzenfutter'),
  };
}
