// The timing loops of the detection benchmark. Runs unchanged in Node (happy-dom documents) and
// in Chromium (bundled into the page), so both columns measure the same thing.
import { detectPage } from '../../lib/detect/detect';
import { readProductSignals } from '../../lib/detect/dom-hints';
import { getPlatform } from '../../data/platforms';

export type CaseId = 'url-product' | 'url-search' | 'dom-product' | 'dom-search' | 'scan-product' | 'scan-search';

export const CASES: ReadonlyArray<{ id: CaseId; label: string }> = [
  { id: 'url-product', label: 'URL only, product URL' },
  { id: 'url-search', label: 'URL only, search URL' },
  { id: 'dom-product', label: 'With DOM, product page (the URL decides; the title is read for error pages)' },
  { id: 'dom-search', label: 'With DOM, search page (the URL decides; the DOM is not read)' },
  { id: 'scan-product', label: 'DOM hints, full scan of the product page (what an ambiguous URL costs)' },
  { id: 'scan-search', label: 'DOM hints, full scan of the search page' },
];

export interface MeasureInput {
  product: { url: string; doc: Document };
  search: { url: string; doc: Document };
  now: () => number;
  /** URL-only calls per sample: 1 where the clock is fine enough, more where it is coarse. */
  urlBatch: number;
  urlSamples: number;
  domSamples: number;
}

/** Samples in milliseconds per call, by case. */
export function measureDetection(input: MeasureInput): Record<CaseId, number[]> {
  const { product, search, now, urlBatch, urlSamples, domSamples } = input;
  const markers = getPlatform('amazon')?.pages?.markers ?? [];
  let sink = 0; // keeps the engine from dropping calls whose result is unused

  const urlCase = (url: string) => {
    for (let i = 0; i < urlBatch * 50; i++) sink += detectPage(url).signals.length; // warm-up
    const samples: number[] = [];
    for (let s = 0; s < urlSamples; s++) {
      const start = now();
      for (let i = 0; i < urlBatch; i++) sink += detectPage(url).signals.length;
      samples.push((now() - start) / urlBatch);
    }
    return samples;
  };

  // Touching the DOM before each run drops whatever the engine cached from the previous query
  // (happy-dom caches selector results until the next mutation), so each sample is a first read.
  const domCase = (doc: Document, run: () => number) => {
    const samples: number[] = [];
    for (let s = 0; s < domSamples + 3; s++) {
      const node = doc.createComment('bench');
      (doc.body ?? doc.documentElement).appendChild(node);
      node.remove();
      const start = now();
      sink += run();
      if (s >= 3) samples.push(now() - start); // the first runs warm up the code, not the DOM
    }
    return samples;
  };

  const result: Record<CaseId, number[]> = {
    'url-product': urlCase(product.url),
    'url-search': urlCase(search.url),
    'dom-product': domCase(product.doc, () => detectPage(product.url, product.doc).signals.length),
    'dom-search': domCase(search.doc, () => detectPage(search.url, search.doc).signals.length),
    'scan-product': domCase(product.doc, () => readProductSignals(product.doc, markers, { all: true }).length),
    'scan-search': domCase(search.doc, () => readProductSignals(search.doc, markers, { all: true }).length),
  };
  if (sink < 0) throw new Error('unreachable');
  return result;
}
