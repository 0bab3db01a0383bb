import { describe, expect, it } from 'vitest';
import {
  AXES,
  BOYCOTT_QUOTE,
  CONTEXT,
  CROSS_CUTTING,
  EDITIONS,
  REVIEWED_ON,
  SOURCE_IDS,
  SOURCES,
  TIMELINE,
  getEdition,
  sourcesOf,
  usedSourceIds,
} from '@/data/charter';
import { EDITION_IDS, type EditionId } from '@/data/charter/types';
import { PLATFORMS } from '@/data/platforms';
import {
  BRIEF,
  checkAll,
  checkDates,
  checkInferences,
  checkPlatforms,
  checkSignatories,
  checkSources,
  checkTexts,
  checkWording,
  cloneDataset,
  isIsoDate,
  realDataset,
} from '../../helpers/validate-data';

describe('the shipped charter data', () => {
  it.each([
    ['sources', checkSources],
    ['texts', checkTexts],
    ['dates', checkDates],
    ['inferences', checkInferences],
    ['wording', checkWording],
    ['signatories', checkSignatories],
  ])('passes the %s checks', (_name, check) => {
    expect(check(realDataset())).toEqual([]);
  });

  it('cites every source of the registry, except the background ones (each with a reason)', () => {
    const used = usedSourceIds();
    const unused = SOURCE_IDS.filter((id) => !used.has(id));
    expect(unused.sort()).toEqual(Object.keys(BRIEF.backgroundSources).sort());
    for (const reason of Object.values(BRIEF.backgroundSources)) expect(reason.length).toBeGreaterThan(20);
  });

  it('gives every source with a URL an https one', () => {
    for (const s of Object.values(SOURCES)) if ('url' in s) expect(s.url).toMatch(/^https:\/\//);
  });

  it('keeps the review date of the brief’s latest review (§7)', () => {
    expect(REVIEWED_ON).toBe('2026-11-29');
  });
});

/**
 * The platform ids that committed to an edition, as the sources name them: for the renewal, the
 * first signatories it renews plus the named joiners (the unnamed joiner is not in the list).
 */
function signatoryIdsOf(id: EditionId): string[] {
  const edition = getEdition(id);
  const renewed = edition.renews ? signatoryIdsOf(edition.renews.edition) : [];
  return [...renewed, ...edition.signed.members.map((m) => m.platformId), ...edition.joined.members.map((m) => m.platformId)];
}

describe('editions', () => {
  it('dates the 2019 edition to the signing day and the renewal to the month only', () => {
    expect(getEdition('2019')).toMatchObject({ date: '2019-03-26', officialName: 'Charte des acteurs du e-commerce' });
    expect(getEdition('2020-renewal')).toMatchObject({ date: '2020-12', officialName: null });
    expect(getEdition('2020-renewal').dateNote?.text.en).toContain('7 December 2020');
    expect(getEdition('2020-renewal').dateNote?.sources).toContain('krooga');
  });

  it('names the nine signatories of 2019, Fnac as "Fnac Darty"', () => {
    const signed = getEdition('2019').signed.members;
    expect(signed.map((m) => m.platformId)).toEqual(BRIEF.signed2019);
    expect(signed.find((m) => m.platformId === 'fnac')?.name).toBe('Fnac Darty');
    expect(getEdition('2019').organisations.map((o) => o.id)).toEqual(['cpme', 'fevad']);
  });

  it('counts five 2020 joiners: four named, one left unnamed', () => {
    const renewal = getEdition('2020-renewal');
    expect(renewal.joined.members.map((m) => m.platformId)).toEqual(BRIEF.joined2020);
    expect(renewal).toMatchObject({ announcedJoinerCount: 5, unnamedJoiners: 1 });
    expect(signatoryIdsOf('2020-renewal')).toEqual([...BRIEF.signed2019, ...BRIEF.joined2020]);
    expect(signatoryIdsOf('2019')).toEqual(BRIEF.signed2019);
  });

  it('gives Amazon a status in each edition, and no reason for the 2019 refusal', () => {
    expect(getEdition('2019').declined.members.map((m) => m.platformId)).toContain('amazon');
    expect(getEdition('2020-renewal').joined.members.map((m) => m.platformId)).toContain('amazon');
    expect(EDITIONS).toHaveLength(2);
    // One order for every surface: the editions' own list follows it.
    expect(EDITIONS.map((e) => e.id)).toEqual([...EDITION_IDS]);
  });
});

describe('commitments, context, timeline', () => {
  it('has the three axes of the government page, each with sourced commitments', () => {
    expect(AXES.map((a) => a.id)).toEqual(['formalisation', 'exchange', 'counterfeits']);
    for (const axis of AXES) {
      expect(axis.label.sources).toEqual(['numerique-gouv']);
      expect(axis.commitments.length).toBeGreaterThan(1);
    }
  });

  it('flags the commitment whose source text breaks off', () => {
    const truncated = AXES.flatMap((a) => a.commitments).filter((c) => c.truncatedSource);
    expect(truncated.map((c) => [c.id, c.sources])).toEqual([['accessible-terms', ['netpme']]]);
    expect(truncated[0]?.text.en).toMatch(/breaks off/);
  });

  it('says the charter is voluntary, unquantified and reviewed after six months', () => {
    expect(CROSS_CUTTING.map((c) => c.id)).toEqual(expect.arrayContaining(['voluntary', 'no-targets', 'six-month-review']));
  });

  it('labels the P2B "applies to all" point as an inference, apart from the sourced facts', () => {
    const byId = new Map(CONTEXT.map((c) => [c.id, c]));
    expect(byId.get('p2b')?.confidence).toBe('S');
    expect(byId.get('p2b')?.body.en).toContain('12 July 2020');
    expect(byId.get('p2b-applies-to-all')).toMatchObject({ confidence: 'I' });
    expect(byId.get('p2b-applies-to-all')?.body.fr).toMatch(/^Déduction/);
    expect(byId.get('label')?.body.en).toMatch(/unknown/);
  });

  it('uses unique ids in each list', () => {
    for (const list of [CONTEXT, TIMELINE, AXES, AXES.flatMap((a) => a.commitments), CROSS_CUTTING]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('dates the timeline at the precision of the sources', () => {
    const byId = new Map(TIMELINE.map((e) => [e.id, e.date]));
    expect(Object.fromEntries(byId)).toMatchObject({
      consultation: '2018-10-31',
      'reporting-site': '2018-11',
      refusal: '2019-03-25',
      signature: '2019-03-26',
      'six-month-review': '2019-09',
      'cpme-call': '2019-09-05',
      'p2b-applies': '2020-07-12',
      renewal: '2020-12-07',
      'label-announced': '2020-12-07',
      'dgccrf-injunction': '2021-12-20',
      'dgccrf-penalty': '2022-12',
      'court-ruling': '2025-07-09',
    });
  });

  it('quotes Mahjoubi verbatim, in French, with its AFP source', () => {
    expect(BOYCOTT_QUOTE).toMatchObject({ lang: 'fr', sources: expect.arrayContaining(['rtl-afp']) });
    // Typographic apostrophes, as in every other French text (the words are the source's).
    expect(BOYCOTT_QUOTE.text).toMatch(/^Ce n’est pas un appel au boycott/);
    expect(BOYCOTT_QUOTE.text).not.toContain("'");
  });
});

describe('helpers', () => {
  it('resolves source ids in order, once each, dropping unknown ids', () => {
    expect(sourcesOf(['netpme', 'boursier', 'netpme', 'nope']).map((s) => s.id)).toEqual(['netpme', 'boursier']);
    expect(sourcesOf(['netpme'])[0]).toMatchObject({ publisher: 'netpme', date: '2019-03-26' });
  });

  it('finds the sources of platform statuses too', () => {
    const used = usedSourceIds();
    for (const p of PLATFORMS) for (const s of Object.values(p.charter)) for (const id of s.sources) expect(used.has(id)).toBe(true);
  });

  it.each([
    ['2019', true],
    ['2019-03', true],
    ['2019-03-26', true],
    ['2019-02-30', false],
    ['2019-13', false],
    ['26/03/2019', false],
    ['2019-3-26', false],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

// The checks above are only worth something if they can fail: break a copy, expect the report.
describe('deliberate breakage', () => {
  it('reports a status whose sources were removed', () => {
    const ds = cloneDataset(realDataset());
    (ds.platforms.find((p) => p.id === 'cdiscount')!.charter['2019'] as unknown as { sources: string[] }).sources = [];
    expect(checkAll(ds)).toContainEqual(expect.objectContaining({ code: 'no-sources', path: 'platforms[cdiscount].charter.2019.sources' }));
  });

  it('reports an unknown source id', () => {
    const ds = cloneDataset(realDataset());
    (ds.charter.context[0] as unknown as { sources: string[] }).sources = ['no-such-source'];
    expect(checkSources(ds)).toContainEqual(expect.objectContaining({ code: 'unknown-source', path: 'charter.context[why].sources' }));
  });

  it('reports a missing English text and an untranslated one', () => {
    const ds = cloneDataset(realDataset());
    delete (ds.charter.timeline[0]!.title as { en?: string }).en;
    (ds.charter.context[1]!.title as { en: string }).en = ds.charter.context[1]!.title.fr;
    const codes = checkTexts(ds).map((p) => `${p.code} ${p.path}`).sort();
    expect(codes).toEqual(['missing-en charter.timeline[consultation].title', 'untranslated charter.context[protects].title']);
  });

  it('reports a source with no address, and one with a title and a description (or neither)', () => {
    const ds = cloneDataset(realDataset());
    const sources = ds.sources as Record<string, Record<string, unknown>>;
    delete sources['netpme']!.url;
    sources['zdnet']!.title = 'Rebuilt from the slug';
    delete sources['lemondedesartisans']!.title;
    const found = checkSources(ds).map((p) => `${p.code} ${p.path}`);
    expect(found).toEqual(expect.arrayContaining(['no-url sources.netpme', 'title-or-description sources.zdnet', 'title-or-description sources.lemondedesartisans']));
  });

  it('reports a sourced legal form and a group link on a sourced status', () => {
    const ds = cloneDataset(realDataset());
    (ds.platforms.find((p) => p.id === 'amazon')!.company as { name: string }).name = 'Amazon.com, Inc.';
    (ds.platforms.find((p) => p.id === 'cdiscount')!.charter['2019'] as { via?: string }).via = 'Casino';
    const codes = checkPlatforms(ds).map((p) => `${p.code} ${p.path}`);
    expect(codes).toEqual(['legal-form-sourced platforms[amazon].company', 'via-not-inferred platforms[cdiscount].charter.2019']);
  });

  it('reports an unused source and a bad date', () => {
    const ds = cloneDataset(realDataset());
    (ds.sources as Record<string, object>)['orphan'] = { title: 't', publisher: 'p', kind: 'press', url: 'http://example.org/x' };
    (ds.charter.timeline[1] as { date: string }).date = '2018-11-31';
    const codes = [...checkSources(ds), ...checkDates(ds)].map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['unused-source', 'not-https', 'bad-date']));
  });

  it('reports Amazon mentioned with one status only, or with a reason', () => {
    const ds = cloneDataset(realDataset());
    (ds.charter.context[0] as { body: { fr: string; en: string } }).body = {
      fr: 'Amazon a refusé de signer en 2019.',
      en: 'Amazon declined in 2019 because it prefers the EU rules.',
    };
    const codes = checkWording(ds).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['amazon-one-status', 'amazon-reason']));
  });

  it('reads platform notes too: an Amazon note with only the 2020 status is reported', () => {
    const ds = cloneDataset(realDataset());
    const amazon = ds.platforms.find((p) => p.id === 'amazon')!.charter['2020-renewal'] as unknown as { note: { fr: string; en: string } };
    amazon.note = { fr: 'Amazon a rejoint la charte renouvelée.', en: 'Amazon joined the renewed charter.' };
    expect(checkWording(ds).map((p) => p.path)).toEqual([
      'platforms[amazon].charter.2020-renewal.note.fr',
      'platforms[amazon].charter.2020-renewal.note.en',
    ]);
  });

  it('reports a [GK] company fact in user-visible text', () => {
    const ds = cloneDataset(realDataset());
    (ds.charter.context[0]!.body as { en: string }).en += ' Cdiscount belonged to Casino.';
    expect(checkWording(ds)).toContainEqual(expect.objectContaining({ code: 'gk-in-text', message: 'Casino' }));
  });

  it('reports an inference that does not say so, and a wrong signatory list', () => {
    const ds = cloneDataset(realDataset());
    (ds.charter.context.find((c) => c.id === 'shopper-benefit')!.body as { fr: string }).fr = 'Un intérêt indirect.';
    (ds.charter.editions[0]!.signed as unknown as { members: unknown[] }).members.pop();
    expect(checkAll(ds).map((p) => p.code)).toEqual(expect.arrayContaining(['unlabelled-inference', 'edition-list']));
  });
});
