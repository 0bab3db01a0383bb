import { describe, expect, it } from 'vitest';
import { platformFromQuery, siteOfUrl, tabIdFromQuery } from '@/lib/tab-site';

describe('siteOfUrl', () => {
  it.each([
    ['https://www.amazon.fr/dp/B08L5VNF78', 'amazon', 'amazon.fr'],
    ['https://www.cdiscount.com/', 'cdiscount', 'cdiscount.com'],
    ['https://m.ebay.fr/itm/1', 'ebay', 'm.ebay.fr'],
  ])('%s is %s, hidden under %s', (url, platform, site) => {
    expect(siteOfUrl(url)).toMatchObject({ platform: { id: platform }, site });
  });

  it.each([undefined, '', 'not a url', 'https://example.org/', 'https://amazon.fr.evil.example/dp/B08L5VNF78', 'chrome://newtab/'])(
    '%s is not a tracked marketplace',
    (url) => expect(siteOfUrl(url)).toBeNull(),
  );
});

describe('tabIdFromQuery', () => {
  it.each([
    ['?tab=12', 12],
    ['?tab=0', 0],
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-1', undefined],
    ['?tab=1e3', undefined],
    ['?tab=abc', undefined],
  ])('%s → %s', (search, id) => expect(tabIdFromQuery(search)).toBe(id));
});

describe('platformFromQuery', () => {
  it.each([
    ['?platform=amazon', 'amazon'],
    ['?platform=certideal&x=1', 'certideal'],
    ['?platform=not-a-platform', null],
    ['?platform=', null],
    ['', null],
    ['?tabId=3', null],
  ])('%s → %s', (search, expected) => {
    expect(platformFromQuery(search)).toBe(expected);
  });
});
