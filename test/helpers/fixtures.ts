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
}

/** The saved page at `file` (relative to test/fixtures), gunzipped and decoded. */
export function loadFixture(file: string): string {
  return readHtmlFile(path.join(FIXTURES, file));
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
    };
  });
}
