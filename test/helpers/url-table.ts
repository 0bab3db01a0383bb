import { describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/detect/detect';

/** Table test: each URL is a product page of `platform`, decided by the URL rule named `rule`. */
export function productUrls(platform: string, rows: ReadonlyArray<readonly [url: string, rule: string]>): void {
  describe(`${platform}: product pages (URL only)`, () => {
    it.each(rows)('%s', (url, rule) => {
      const result = detectPage(url);
      expect(result).toMatchObject({ platform, isProductPage: true });
      expect(result.signals).toContain(`rule:${platform}:${rule}`);
    });
  });
}

/** Table test: each URL is on `platform` but is not a product page (search, listing, home, account…). */
export function otherUrls(platform: string, urls: readonly string[]): void {
  describe(`${platform}: pages that are not product pages`, () => {
    it.each(urls)('%s', (url) => {
      expect(detectPage(url)).toMatchObject({ platform, isProductPage: false });
    });
  });
}
