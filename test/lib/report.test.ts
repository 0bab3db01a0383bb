import { describe, expect, it } from 'vitest';
import { createT } from '@/lib/i18n';
import { REPORT_CHANNEL, parseReportChannel, prepareReport, reportedPage, type ReportChannel } from '@/lib/report';
import { typesetFrench as fr } from '@/lib/text';

const facts = {
  url: 'https://www.amazon.fr/Bouilloire/dp/B08L5VNF78?tag=me-21&keywords=my+search#reviews',
  platformName: 'Amazon',
  status: 'A rejoint la charte renouvelée (déc. 2020)',
  signals: ['host:www.amazon.fr', 'rule:amazon:/dp/<ASIN>'],
  version: '0.1.0',
};
const NONE: ReportChannel = { kind: 'none' };

describe('parseReportChannel: the one build-time setting', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['', { kind: 'none' }],
    ['   ', { kind: 'none' }],
    ['maintainer@example.org', { kind: 'email', address: 'maintainer@example.org' }],
    ['https://github.com/owner/repo/issues/new?template=wrong-match.yml', { kind: 'form', url: 'https://github.com/owner/repo/issues/new?template=wrong-match.yml' }],
  ])('%j → %j', (raw, expected) => {
    expect(parseReportChannel(raw)).toEqual(expected);
  });

  it.each(['http://example.org/form', 'javascript:alert(1)', 'mailto:a@b.org', 'not an address', 'a@b', 'https://user:pw@example.org/x', 'a b@example.org'])(
    'refuses %j (the build fails rather than guess)',
    (raw) => {
      expect(parseReportChannel(raw)).toBeNull();
    },
  );

  it('the test build has no channel, like the default build', () => {
    expect(REPORT_CHANNEL).toEqual({ kind: 'none' });
  });
});

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

describe('prepareReport', () => {
  it('without a channel: the text only, no link, no recipient', () => {
    const report = prepareReport(facts, createT('fr'), NONE);
    expect(report.href).toBeNull();
    expect(report.subject).toBe(fr('Charte PME : erreur de détection sur www.amazon.fr'));
    expect(report.body).toContain(fr('Page : www.amazon.fr/Bouilloire/dp/B08L5VNF78\n'));
    expect(report.body).toContain(fr('Plateforme reconnue : Amazon'));
    expect(report.body).toContain(fr(`Statut affiché : ${facts.status}`));
    expect(report.body).toContain(fr('Indices : host:www.amazon.fr, rule:amazon:/dp/<ASIN>'));
    expect(report.body).toContain(fr('Version : 0.1.0'));
    expect(`${report.subject}${report.body}`).not.toMatch(/@|mailto:/);
  });

  it('never carries the query string or the fragment (they may hold personal data)', () => {
    for (const channel of [NONE, { kind: 'email', address: 'm@example.org' }, { kind: 'form', url: 'https://example.org/f' }] as ReportChannel[]) {
      const report = prepareReport(facts, createT('en'), channel);
      const all = `${report.subject}${report.body}${report.href ?? ''}`;
      for (const secret of ['tag=', 'me-21', 'keywords', 'my+search', 'my%20search', 'reviews']) expect(all).not.toContain(secret);
    }
  });

  it('with an address: one encoded mailto: URL to that address', () => {
    const report = prepareReport({ ...facts, signals: ['dom:marker:a&b=c?d#e'] }, createT('fr'), { kind: 'email', address: 'm@example.org' });
    const href = report.href!;
    expect(href.startsWith('mailto:m@example.org?subject=')).toBe(true);
    expect(href.split('?')).toHaveLength(2);
    expect(href).not.toMatch(/[\s#]/);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('body')).toContain('dom:marker:a&b=c?d#e');
    expect(params.get('subject')).toBe(report.subject);
  });

  it('with an issue form: its address with title and body filled in, its own query kept', () => {
    const report = prepareReport(facts, createT('en'), { kind: 'form', url: 'https://github.com/o/r/issues/new?template=x.yml' });
    const url = new URL(report.href!);
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('template')).toBe('x.yml');
    expect(url.searchParams.get('title')).toBe('Charte PME: wrong match on www.amazon.fr');
    expect(url.searchParams.get('body')).toBe(report.body);
  });
});
