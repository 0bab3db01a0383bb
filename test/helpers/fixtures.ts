import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml, readHtmlFile } from '../../scripts/lib/html-document';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** One row of test/fixtures/MANIFEST.tsv: a saved page and where it comes from. */
export interface FixtureRow {
  /** Relative to test/fixtures, e.g. 'amazon/amazon-product-1.html.gz'. */
  file: string;
  site: string;
  /** product | listing | search | home | other */
  pageKind: string;
  /** Empty when the source did not record it. */
  originalUrl: string;
  sourceRepo: string;
  license: string;
  /** Uncompressed size in bytes. */
  sizeBytes: number;
}

/** The saved page at `file` (relative to test/fixtures), gunzipped and decoded by its declared charset (BOM, meta). */
export function loadFixture(file: string): string {
  return readHtmlFile(path.join(FIXTURES, file));
}

// Vitest loads this module once per test file: the cache lives as long as that file's tests.
const parsed = new Map<string, Document>();

/**
 * The saved page at `file` as a Document, parsed once per test file (parsing a 1–2 MB page is the
 * slow part of a table test). Tests that change the document must parse their own copy.
 */
export function savedDocument(file: string): Document {
  let doc = parsed.get(file);
  if (!doc) {
    doc = fixtureDocument(loadFixture(file));
    parsed.set(file, doc);
  }
  return doc;
}

/** A Document for fixture HTML, parsed by happy-dom's DOMParser: no script runs, nothing loads. */
export function fixtureDocument(html: string): Document {
  return parseHtml(html);
}

export function readManifest(): FixtureRow[] {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = (header ?? '').split('\t');
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  return lines.map((line) => {
    const cells = line.split('\t');
    return {
      file: at(cells, 'file'),
      site: at(cells, 'site'),
      pageKind: at(cells, 'page_kind'),
      originalUrl: at(cells, 'original_url'),
      sourceRepo: at(cells, 'source_repo'),
      license: at(cells, 'license'),
      sizeBytes: Number(at(cells, 'size_bytes')),
    };
  });
}

/**
 * URLs for the saved pages whose source did not record one: a realistic URL of the same kind on
 * the right country domain (taken from the page itself where it shows it).
 */
export const SUBSTITUTE_URLS: Readonly<Record<string, string>> = {
  // The page's hidden ASIN field says B0DR8G428S; its title is Amazon.com's.
  'amazon/amazon-product-16.html.gz': 'https://www.amazon.com/dp/B0DR8G428S',
  // Search boxes hold "katzenfutter" (amazon.de) and "portable charger" (amazon.com).
  'amazon/amazon-listing-3.html.gz': 'https://www.amazon.de/s?k=katzenfutter',
  'amazon/amazon-listing-4.html.gz': 'https://www.amazon.com/s?k=portable+charger',
  // Amazon's 503 page; scrapers meet it on product URLs, which is the hard case.
  'amazon/amazon-other-1.html.gz': 'https://www.amazon.com/dp/B0DR8G428S',
  // eBay.de search results for "apple".
  'ebay/ebay-listing-1.html.gz': 'https://www.ebay.de/sch/i.html?_nkw=apple',
};

/** The URL a saved page was served at: recorded, substituted, and made absolute (leboncoin rows are //www…). */
export function fixtureUrl(row: Pick<FixtureRow, 'file' | 'originalUrl'>): string {
  const url = SUBSTITUTE_URLS[row.file] ?? row.originalUrl;
  return url.startsWith('//') ? `https:${url}` : url;
}
