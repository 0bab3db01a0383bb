import { CHARTER_DATA, SOURCES } from '@/data/charter';
import type { EditionId, Source } from '@/data/charter';
import { PLATFORMS } from '@/data/platforms';
import type { Platform, PlatformRecord } from '@/data/platforms/types';
import { exportNameOf } from '@/modules/platform-registry/plugin';
import { displayStatus, type DisplayStatus } from '@/lib/status';
import { isRecord } from '@/lib/is-record';

// Pure checks of the shipped data against the facts brief. Each returns a list of problems
// (empty = fine), so a test can also run them on a deliberately broken copy and see them fail.

export interface Problem {
  code: string;
  path: string;
  message: string;
}

export interface Dataset {
  sources: Readonly<Record<string, Omit<Source, 'id'>>>;
  backgroundOnly: Readonly<Record<string, string | undefined>>;
  charter: typeof CHARTER_DATA;
  platforms: readonly PlatformRecord[];
}

export function realDataset(): Dataset {
  return { sources: SOURCES, backgroundOnly: BRIEF.backgroundSources, charter: CHARTER_DATA, platforms: PLATFORMS };
}

/** A deep, mutable copy (RegExps and functions kept by reference) for breakage tests. */
export function cloneDataset(ds: Dataset): Dataset {
  const copy = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(copy);
    if (v instanceof RegExp || typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(Object.entries(v).map(([k, c]) => [k, copy(c)]));
  };
  return copy(ds) as Dataset;
}

/** The facts the brief fixes (F4, F8, F9, §2.1, §2.2), written here once, independently of the data. */
export const BRIEF = {
  signed2019: ['boulanger', 'cdiscount', 'conforama', 'ebay', 'fnac', 'laredoute', 'leboncoin', 'manomano', 'rakuten'],
  declined2019: ['amazon', 'alibaba'],
  joined2020: ['amazon', 'ldlc', 'backmarket', 'certideal'],
  announcedJoiners2020: 5,
  unnamedJoiners2020: 1,
  unhosted: ['certideal', 'wish', 'veepee'],
  inferred: ['darty', 'aliexpress'],
  display: {
    signatory: ['boulanger', 'cdiscount', 'conforama', 'ebay', 'fnac', 'laredoute', 'leboncoin', 'manomano', 'rakuten', 'darty'],
    'renewal-signatory': ['amazon', 'ldlc', 'backmarket', 'certideal'],
    declined: ['alibaba', 'aliexpress'],
    'not-listed': [
      'temu', 'shein', 'vinted', 'etsy', 'wish', 'veepee',
      // French chains with marketplaces: in no 2019 list nor among the named 2020 joiners.
      'leroymerlin', 'decathlon', 'carrefour', 'leclerc', 'auchan', 'castorama', 'zalando',
      'cultura', 'rueducommerce', 'but', 'maisonsdumonde',
    ],
  } satisfies Record<DisplayStatus, string[]>,
  /** Company facts the brief marks [GK]: never in user-visible text. */
  gkTerms: ['Casino', 'Adevinta', 'Colibri', 'PDD', 'Mulliez', 'ContextLogic', 'Jung SAS', 'Vinted UAB'],
  /**
   * Sources in the registry that no user-visible claim cites, each with the reason: the data tests
   * accept an unused source only if it is listed here, and reject a listed one that is cited.
   */
  backgroundSources: {
    // F8: its only new fact is Mahjoubi's personal « je n'achète plus sur Amazon », kept out of the
    // product so the tone stays neutral; the refusal it recalls is cited from contemporary sources.
    huffpost: 'Personal statement by a former minister (August 2019), deliberately kept out of the product.',
  } as Readonly<Record<string, string>>,
} as const;

/** Texts allowed to read the same in both languages (proper names only). */
const SAME_IN_BOTH_LANGUAGES = new Set<string>([]);

type Visit = (value: unknown, path: string, key: string, parent: unknown) => void;

/** Calls `visit` on every node, with a readable path ("context[why].body"). */
function walk(value: unknown, path: string, visit: Visit, key = '', parent: unknown = undefined): void {
  visit(value, path, key, parent);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const label = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : String(i);
      walk(item, `${path}[${label}]`, visit, '', value);
    });
  } else if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
    for (const [k, child] of Object.entries(value)) walk(child, `${path}.${k}`, visit, k, value);
  }
}

/** A Text is any object with an `fr` or `en` key: both must then be there. */
const isTextLike = (v: unknown): v is Partial<Record<'fr' | 'en', unknown>> => isRecord(v) && ('fr' in v || 'en' in v);

function userData(ds: Dataset): Array<[string, unknown]> {
  return [
    ['charter', ds.charter],
    ...ds.platforms.map((p): [string, unknown] => [`platforms[${p.id}].charter`, p.charter]),
  ];
}

function texts(ds: Dataset): Array<{ path: string; fr: string; en: string }> {
  const out: Array<{ path: string; fr: string; en: string }> = [];
  for (const [root, value] of userData(ds)) {
    walk(value, root, (v, path) => {
      if (isTextLike(v)) out.push({ path, fr: String(v.fr ?? ''), en: String(v.en ?? '') });
    });
  }
  return out;
}

export function checkSources(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (const [root, value] of userData(ds)) {
    walk(value, root, (v, path, key, parent) => {
      if (key !== 'sources') return;
      // An empty member list claims nothing, so it needs no source.
      const claimsNothing = isRecord(parent) && Array.isArray(parent.members) && parent.members.length === 0;
      if (!Array.isArray(v) || (v.length === 0 && !claimsNothing)) {
        problems.push({ code: 'no-sources', path, message: 'a claim with no source' });
        return;
      }
      for (const id of v) {
        used.add(String(id));
        if (!Object.hasOwn(ds.sources, String(id))) problems.push({ code: 'unknown-source', path, message: `unknown source id "${String(id)}"` });
      }
    });
  }
  for (const [id, source] of Object.entries(ds.sources)) {
    const isBackground = Object.hasOwn(ds.backgroundOnly, id);
    if (!used.has(id) && !isBackground) problems.push({ code: 'unused-source', path: `sources.${id}`, message: 'cited nowhere and not listed as background' });
    if (used.has(id) && isBackground) problems.push({ code: 'background-cited', path: `sources.${id}`, message: 'listed as background-only but cited' });
    if (source.url !== undefined && !/^https:\/\/[^\s/]+\.[^\s/]+\//.test(source.url)) problems.push({ code: 'not-https', path: `sources.${id}.url`, message: source.url });
    // Brief §7: a source nobody can open (israel247) backs nothing; drop it instead.
    if (source.url === undefined) problems.push({ code: 'no-url', path: `sources.${id}`, message: 'a source with no address cannot back a claim' });
    // Exactly one of: the publisher's real title, or our description (never a title rebuilt from a URL).
    const hasTitle = typeof source.title === 'string' && source.title.trim() !== '';
    const hasDescription = isTextLike(source.description) && String(source.description.fr ?? '').trim() !== '' && String(source.description.en ?? '').trim() !== '';
    if (hasTitle === hasDescription) problems.push({ code: 'title-or-description', path: `sources.${id}`, message: 'needs exactly one of a real title or a description (FR and EN)' });
  }
  for (const id of Object.keys(ds.backgroundOnly)) {
    if (!Object.hasOwn(ds.sources, id)) problems.push({ code: 'unknown-source', path: `backgroundOnly.${id}`, message: 'not in the registry' });
  }
  return problems;
}

export function checkTexts(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const t of texts(ds)) {
    if (!t.fr.trim()) problems.push({ code: 'missing-fr', path: t.path, message: 'empty or missing French text' });
    if (!t.en.trim()) problems.push({ code: 'missing-en', path: t.path, message: 'empty or missing English text' });
    if (t.fr.trim() && t.fr === t.en && !SAME_IN_BOTH_LANGUAGES.has(t.fr)) problems.push({ code: 'untranslated', path: t.path, message: t.fr });
  }
  return problems;
}

/** ISO at some precision ('2019', '2019-03', '2019-03-26'), and a real calendar date. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  if (m[2] && (mo < 1 || mo > 12)) return false;
  if (m[3]) {
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  }
  return true;
}

export function checkDates(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const [root, value] of [...userData(ds), ['sources', ds.sources] as [string, unknown]]) {
    walk(value, root, (v, path, key) => {
      if (key === 'date' && (typeof v !== 'string' || !isIsoDate(v))) problems.push({ code: 'bad-date', path, message: String(v) });
    });
  }
  const dates = ds.charter.timeline.map((e) => e.date);
  if (dates.some((d, i) => i > 0 && d < dates[i - 1]!)) problems.push({ code: 'timeline-order', path: 'charter.timeline', message: 'events not in date order' });
  return problems;
}

const INFERENCE = { fr: /déduction|déduit/i, en: /inferen|inferred/i };

/** Whatever rests on an inference says so in its own words, in both languages (brief [I]). */
export function checkInferences(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  for (const [root, value] of userData(ds)) {
    walk(value, root, (v, path) => {
      if (!isRecord(v) || v.confidence !== 'I') return;
      const own = Object.values(v).flatMap((c) => (isTextLike(c) ? [c] : isRecord(c) && isTextLike(c.text) ? [c.text] : []));
      const says = own.some((t) => INFERENCE.fr.test(String(t.fr)) && INFERENCE.en.test(String(t.en)));
      if (!says) problems.push({ code: 'unlabelled-inference', path, message: 'confidence I but no text says it is an inference' });
    });
  }
  return problems;
}

const AMAZON_DECLINED = /refus|n[’']a(?:vait)? pas sign|declin|did not sign|had not signed/i;
const AMAZON_JOINED = /rejoint|rejoindra|joined|would join|renouvel|renewed/i;
const AMAZON_REASON = /préf[èé]r|prefer|parce qu|because|en raison|due to|P2B plutôt/i;
/** Wording that tells people not to buy (or not to buy any more): never in data nor in UI strings. */
export const FORBIDDEN_WORDING = [/n[’']ach[èe]te plus/i, /no longer buy/i, /boycott(?:ez|er)\b/i, /n['’]achetez pas|don['’]t buy|do not buy/i];

/** Brief §6 and F8: Amazon's two statuses travel together, no reason, no personal statements. */
export function checkWording(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  const gkNames = ds.platforms
    .filter((p) => p.company.confidence === 'GK' && p.company.name.toLowerCase() !== p.name.toLowerCase())
    .map((p) => p.company.name);
  for (const t of texts(ds)) {
    for (const [lang, s] of [['fr', t.fr], ['en', t.en]] as const) {
      const path = `${t.path}.${lang}`;
      if (/amazon/i.test(s) && AMAZON_DECLINED.test(s) !== AMAZON_JOINED.test(s)) problems.push({ code: 'amazon-one-status', path, message: s });
      if (/amazon/i.test(s) && AMAZON_REASON.test(s)) problems.push({ code: 'amazon-reason', path, message: s });
      for (const re of FORBIDDEN_WORDING) if (re.test(s)) problems.push({ code: 'forbidden-wording', path, message: s });
      for (const term of [...BRIEF.gkTerms, ...gkNames]) {
        if (new RegExp(`(?<!\\w)${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`, 'i').test(s)) problems.push({ code: 'gk-in-text', path, message: term });
      }
    }
  }
  return problems;
}

const LEGAL_FORM = /(?:^|[\s,])(?:Inc\.?|SA|SAS|SASU|SARL|Ltd\.?|LLC|GmbH|UAB|plc|S\.A\.)(?:$|[\s,)])/;

const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

export function checkPlatforms(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  const ids = new Set<string>();
  for (const p of ds.platforms) {
    const at = `platforms[${p.id}]`;
    if (ids.has(p.id)) problems.push({ code: 'duplicate-id', path: at, message: p.id });
    ids.add(p.id);
    if (p.hostnames.length === 0 && !(BRIEF.unhosted as readonly string[]).includes(p.id)) problems.push({ code: 'no-hostname', path: at, message: 'no hostname, and the brief does not mark it unknown' });
    for (const h of p.hostnames) {
      if (!HOSTNAME.test(h)) problems.push({ code: 'bad-hostname', path: `${at}.hostnames`, message: h });
      if (p.hostnames.indexOf(h) !== p.hostnames.lastIndexOf(h)) problems.push({ code: 'duplicate-hostname', path: `${at}.hostnames`, message: `${h} listed twice` });
      const other = owner.get(h);
      if (other !== undefined && other !== p.id) problems.push({ code: 'duplicate-hostname', path: `${at}.hostnames`, message: `${h} also belongs to ${other}` });
      owner.set(h, p.id);
    }
    for (const [edition, s] of Object.entries(p.charter)) {
      const path = `${at}.charter.${edition}`;
      if (!s.date) problems.push({ code: 'no-date', path, message: 'status without a date' });
      if (!s.confidence) problems.push({ code: 'no-confidence', path, message: 'status without a confidence' });
      if (!Array.isArray(s.sources) || s.sources.length === 0) problems.push({ code: 'no-sources', path, message: 'status without a source' });
      if (s.confidence === 'I' && !s.note) problems.push({ code: 'inference-without-note', path, message: 'inferred status without a note' });
      if (s.via !== undefined && s.confidence !== 'I') problems.push({ code: 'via-not-inferred', path, message: `"via ${s.via}" on a status that is not an inference` });
    }
    // Brief §7: legal forms (« Inc. », « SA ») are general knowledge, never shown as sourced.
    if (p.company.confidence === 'S' && LEGAL_FORM.test(p.company.name)) {
      problems.push({ code: 'legal-form-sourced', path: `${at}.company`, message: `${p.company.name}: the sources do not give the legal form` });
    }
  }
  // A host that is a subdomain of another platform's hostname would match both platforms.
  for (const [h, id] of owner) {
    for (const [parent, parentId] of owner) {
      if (id !== parentId && h.endsWith(`.${parent}`)) problems.push({ code: 'hostname-subdomain', path: `platforms[${id}].hostnames`, message: `${h} is under ${parent} (${parentId})` });
    }
  }
  const unhosted = ds.platforms.filter((p) => p.hostnames.length === 0).map((p) => p.id).sort();
  if (unhosted.join() !== [...BRIEF.unhosted].sort().join()) problems.push({ code: 'unhosted-set', path: 'platforms', message: `without hostnames: ${unhosted.join(', ')}` });
  return problems;
}

const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/** The named signatories, decliners and joiners, in the editions and in the platform files. */
export function checkSignatories(ds: Dataset): Problem[] {
  const problems: Problem[] = [];
  const edition = (id: EditionId) => ds.charter.editions.find((e) => e.id === id);
  const e2019 = edition('2019');
  const e2020 = edition('2020-renewal');
  if (!e2019 || !e2020) return [{ code: 'missing-edition', path: 'charter.editions', message: 'both editions are required' }];
  const ids = (list: { members: readonly { platformId: string }[] }) => list.members.map((m) => m.platformId);
  const expect = (code: string, path: string, actual: readonly string[], wanted: readonly string[]) => {
    if (!sameSet(actual, wanted)) problems.push({ code, path, message: `has [${[...actual].sort().join(', ')}], brief says [${[...wanted].sort().join(', ')}]` });
  };
  expect('edition-list', 'editions[2019].signed', ids(e2019.signed), BRIEF.signed2019);
  expect('edition-list', 'editions[2019].declined', ids(e2019.declined), BRIEF.declined2019);
  expect('edition-list', 'editions[2019].joined', ids(e2019.joined), []);
  expect('edition-list', 'editions[2020-renewal].signed', ids(e2020.signed), []);
  expect('edition-list', 'editions[2020-renewal].joined', ids(e2020.joined), BRIEF.joined2020);
  expect('edition-list', 'editions[2020-renewal].declined', ids(e2020.declined), []);
  if (e2020.renews?.edition !== '2019') problems.push({ code: 'edition-renews', path: 'editions[2020-renewal].renews', message: 'the renewal covers all the first signatories' });
  if (e2020.unnamedJoiners !== BRIEF.unnamedJoiners2020 || e2020.announcedJoinerCount !== BRIEF.announcedJoiners2020) {
    problems.push({ code: 'edition-unnamed', path: 'editions[2020-renewal]', message: 'five joiners announced, one of them unnamed' });
  }
  if (e2020.announcedJoinerCount !== e2020.joined.members.length + e2020.unnamedJoiners) problems.push({ code: 'edition-unnamed', path: 'editions[2020-renewal]', message: 'named + unnamed ≠ announced' });
  for (const e of [e2019, e2020]) {
    for (const m of [...e.signed.members, ...e.joined.members, ...e.declined.members]) {
      if (!ds.platforms.some((p) => p.id === m.platformId)) problems.push({ code: 'unknown-platform', path: `editions[${e.id}]`, message: m.platformId });
    }
  }

  const withStatus = (ed: EditionId, status: string) => ds.platforms.filter((p) => p.charter[ed].status === status).map((p) => p.id);
  const exact = (ed: EditionId, status: string, wanted: readonly string[], group: readonly string[] = []) =>
    expect('platform-status', `platforms.charter.${ed}=${status}`, withStatus(ed, status).filter((id) => !group.includes(id)), wanted);
  exact('2019', 'signatory', BRIEF.signed2019, ['darty']);
  exact('2019', 'declined', BRIEF.declined2019, ['aliexpress']);
  exact('2020-renewal', 'signatory', [...BRIEF.signed2019, ...BRIEF.joined2020], ['darty']);
  exact('2020-renewal', 'declined', []);
  for (const [status, wanted] of Object.entries(BRIEF.display)) {
    expect('display-status', `displayStatus=${status}`, ds.platforms.filter((p) => displayStatus(p) === status).map((p) => p.id), wanted);
  }
  const inferred = ds.platforms.filter((p) => Object.values(p.charter).some((s) => s.confidence === 'I')).map((p) => p.id);
  expect('inferred-set', 'platforms.charter.confidence=I', inferred, BRIEF.inferred);
  return problems;
}

/**
 * Every file in data/platforms/ (but the shared ones) exports one platform named after it (its id in
 * camelCase), with its details beside it as `<name>Details`, and the registry lists that id.
 */
export function checkPlatformFiles(files: ReadonlyArray<{ name: string; exports: Record<string, unknown> }>, platforms: readonly PlatformRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const { name, exports } of files) {
    const exported = Object.values(exports).filter((v): v is Platform => isRecord(v) && typeof v.id === 'string' && 'charter' in v);
    if (exported.length !== 1) problems.push({ code: 'platform-file', path: `data/platforms/${name}.ts`, message: `exports ${exported.length} platforms, expected 1` });
    const details = exports[`${exportNameOf(name)}Details`];
    if (!isRecord(details) || !isRecord(details.company) || !isRecord(details.charter)) {
      problems.push({ code: 'platform-file-details', path: `data/platforms/${name}.ts`, message: `no ${exportNameOf(name)}Details export` });
    }
    for (const p of exported) {
      if (p.id !== name) problems.push({ code: 'platform-file-id', path: `data/platforms/${name}.ts`, message: `id "${p.id}" differs from the file name` });
      if (exports[exportNameOf(name)] !== p) problems.push({ code: 'platform-file-export', path: `data/platforms/${name}.ts`, message: `not exported as ${exportNameOf(name)}` });
      if (!platforms.some((r) => r.id === p.id)) problems.push({ code: 'platform-unregistered', path: `data/platforms/${name}.ts`, message: 'not in PLATFORMS' });
    }
  }
  for (const p of platforms) {
    if (!files.some((f) => f.name === p.id)) problems.push({ code: 'platform-no-file', path: `platforms[${p.id}]`, message: 'registered without a file of its name' });
  }
  return problems;
}

export function checkAll(ds: Dataset): Problem[] {
  return [checkSources, checkTexts, checkDates, checkInferences, checkWording, checkPlatforms, checkSignatories].flatMap((check) => check(ds));
}

/** How long the facts may go unreviewed before the tests fail (issue 12: twelve months). */
export const MAX_REVIEW_AGE_MONTHS = 12;

/**
 * A problem when `reviewedOn` (ISO day) is more than twelve months before `today`, or in the
 * future, or not a date; the message points to the review procedure.
 */
export function checkReviewAge(reviewedOn: string, today: Date): Problem[] {
  const where = 'data/charter/reviewed.ts';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reviewedOn);
  if (!m || !isIsoDate(reviewedOn)) return [{ code: 'review-date', path: where, message: `REVIEWED_ON "${reviewedOn}" is not an ISO day (YYYY-MM-DD)` }];
  const reviewed = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const limit = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - MAX_REVIEW_AGE_MONTHS, today.getUTCDate());
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (reviewed > todayUtc) return [{ code: 'review-in-future', path: where, message: `REVIEWED_ON ${reviewedOn} is after today` }];
  if (reviewed < limit) {
    return [{
      code: 'review-stale',
      path: where,
      message: `The facts were last reviewed on ${reviewedOn}, more than ${MAX_REVIEW_AGE_MONTHS} months ago. Review them as docs/REVIEW.md explains, then bump REVIEWED_ON.`,
    }];
  }
  return [];
}
