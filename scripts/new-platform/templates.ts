// What `npm run new-platform` writes: a platform file, its table test, a seller-reader stub and its test.
// Every placeholder is something a person must check by hand, so the tests fail until it is done.

import { exportNameOf } from '../../modules/platform-registry/plugin';

export interface NewPlatform {
  id: string;
  name: string;
  hostname: string;
  today: string;
}

export function platformFile({ id, name, hostname, today }: NewPlatform): string {
  const exportName = exportNameOf(id);
  return `import { NO_EVIDENCE_2019, NO_EVIDENCE_2019_DETAILS, NO_EVIDENCE_2020, NO_EVIDENCE_2020_DETAILS } from './common-statuses';
import type { Platform, PlatformDetails } from './types';

// TODO(${today}): statuses per edition, with their sources in ${exportName}Details; until then: no evidence.
export const ${exportName}: Platform = {
  id: '${id}',
  name: '${name}',
  hostnames: ['${hostname}'],
  charter: { '2019': NO_EVIDENCE_2019, '2020-renewal': NO_EVIDENCE_2020 },
  pages: {
    // TODO(${today}): the product-page URL shapes, each named in the URL's own terms.
    product: [],
  },
};

/** What the first stage does without (types.ts, PlatformDetails). */
export const ${exportName}Details: PlatformDetails = {
  // The first stage that carries its badge (types.ts, BadgeStage); 'other' unless it needs its own.
  badge: { stage: 'other' },
  company: { name: '${name}', confidence: 'U' },
  // Source ids from data/charter/sources.ts.
  charter: { '2019': NO_EVIDENCE_2019_DETAILS, '2020-renewal': NO_EVIDENCE_2020_DETAILS },
};

/*
Test URLs
product: https://www.${hostname}/TODO-a-product-page
not-product: https://www.${hostname}/
Checked: ${today}, TODO: open each URL by hand and say how it was checked.
*/
`;
}

export function tableTestFile({ id, hostname }: NewPlatform): string {
  return `import { otherUrls, productUrls } from '../../helpers/url-table';

// TODO: at least 8 real product URLs (with the rule name each matches) and 5 other pages.
productUrls('${id}', [
  ['https://www.${hostname}/TODO-a-product-page', 'TODO rule name'],
]);

otherUrls('${id}', [
  'https://www.${hostname}/',
]);
`;
}

export function sellerStubFile({ name }: NewPlatform): string {
  return `/**
 * Who sells the item on ${name}. A stub until a saved product page shows where the page states it
 * (buy-box « Vendu par », structured data): until then the card shows no seller line. The card
 * finds this reader by its file name and its export \`sellerReader\`.
 */
import { UNKNOWN } from './make-seller';
import type { SellerReader } from './types';

export const sellerReader: SellerReader = {
  read: () => UNKNOWN,
  // The offer block to watch for changes, most specific first.
  watch: ['main', 'body'],
};
`;
}

/** The reader's test, at the same path under test/ as the reader: the test tree mirrors lib/. */
export function sellerTestFile({ id, today }: NewPlatform): string {
  return `import { describe, expect, it } from 'vitest';
import { readSeller, SELLER_READERS } from '@/lib/sellers';
import { sellerReader } from '@/lib/sellers/${id}';
import { page } from '../../helpers/seller-pages';

it('is the reader the card finds for ${id}', () => {
  expect(SELLER_READERS['${id}']).toBe(sellerReader);
});

// TODO(${today}): once a saved product page shows who sells, a table of the saved pages and the
// seller each one states (as the other platforms' reader tests have); this test then goes.
describe('the stub', () => {
  it('names no seller, even where the page says « Vendu par »', () => {
    expect(readSeller(sellerReader, page('<p>Vendu par Atelier Bleu</p>'))).toEqual({ kind: 'unknown' });
  });
});
`;
}

export function checklist({ id, hostname }: NewPlatform): string {
  return `Created the files for "${id}". Before it ships:
  1. data/platforms/${id}.ts: hostnames (every country domain, registrable names only), URL rules in
     pages.product (and notProduct/ambiguous where needed), an anchor if the badge should sit by the title.
  2. Status per edition (2019, 2020-renewal) with date, confidence and sources (ids from data/charter/sources.ts); an
     inference must say so (confidence 'I' and a note). Company name only as a source says it.
  3. The Test URLs block at the end of the platform file: URLs opened by hand, and the date.
  4. test/data/platforms/${id}.test.ts: ≥ 8 product URLs and ≥ 5 other pages of ${hostname}.
  5. A saved page in test/fixtures/${id}/ (gzipped) with its row in test/fixtures/MANIFEST.tsv
     (original URL, provenance, licence), then the seller reader lib/sellers/${id}.ts if the page says who sells, and its
     test test/lib/sellers/${id}.test.ts (the saved pages and the seller each one states).
  6. npm test.`;
}
