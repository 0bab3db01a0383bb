import { describe, expect, it } from 'vitest';
import { REPORT_ADDRESS, reportLink, reportedPage } from '@/lib/badge/report-link';
import { createT } from '@/lib/i18n';
import { typesetFrench as fr } from '@/lib/text';

const facts = {
  url: 'https://www.amazon.fr/Bouilloire/dp/B08L5VNF78?tag=me-21&keywords=my+search#reviews',
  platformName: 'Amazon',
  status: 'renewal-signatory',
  signals: ['host:www.amazon.fr', 'rule:amazon:/dp/<ASIN>'],
  version: '0.1.0',
};

function parse(href: string) {
  expect(href.startsWith(`mailto:${REPORT_ADDRESS}?`)).toBe(true);
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
  return { subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

describe('reportedPage', () => {
  it.each([
    ['https://www.amazon.fr/dp/B08?tag=x#r', 'www.amazon.fr/dp/B08'],
    ['https://fr.aliexpress.com/item/1005001.html?spm=a2g0o', 'fr.aliexpress.com/item/1005001.html'],
    ['https://user:secret@www.ebay.fr/itm/1234', 'www.ebay.fr/itm/1234'],
    ['not a url', ''],
  ])('%s → %s', (url, expected) => {
    expect(reportedPage(url)).toBe(expected);
  });

  it('cuts a very long path', () => {
    const page = reportedPage(`https://www.amazon.fr/${'a'.repeat(1000)}`);
    expect(page.length).toBeLessThan(320);
    expect(page.endsWith('…')).toBe(true);
  });
});

describe('reportLink', () => {
  it('prefills subject and body with host, path, platform, status, signals and version', () => {
    const { subject, body } = parse(reportLink(facts, createT('fr')));
    expect(subject).toBe(fr('Charte PME : erreur de détection sur www.amazon.fr'));
    expect(body).toContain(fr('Page : www.amazon.fr/Bouilloire/dp/B08L5VNF78\n'));
    expect(body).toContain(fr('Plateforme reconnue : Amazon'));
    expect(body).toContain(fr('Statut affiché : renewal-signatory'));
    expect(body).toContain(fr('Indices : host:www.amazon.fr, rule:amazon:/dp/<ASIN>'));
    expect(body).toContain(fr('Version : 0.1.0'));
  });

  it('never carries the query string or the fragment (they may hold personal data)', () => {
    const href = reportLink(facts, createT('en'));
    for (const secret of ['tag=', 'me-21', 'keywords', 'my+search', 'my%20search', 'reviews']) expect(href).not.toContain(secret);
    expect(parse(href).subject).toBe('Charte PME: wrong match on www.amazon.fr');
  });

  it('encodes everything, so the link stays one mailto: URL', () => {
    const href = reportLink({ ...facts, signals: ['dom:marker:a&b=c?d#e'] }, createT('fr'));
    expect(href.split('?')).toHaveLength(2);
    expect(href).not.toMatch(/[\s#]/);
    expect(parse(href).body).toContain('dom:marker:a&b=c?d#e');
  });
});
