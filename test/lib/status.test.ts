import { describe, expect, it } from 'vitest';
import type { Confidence, EditionId } from '@/data/charter/types';
import type { EditionStatus, EditionStatusKind, Platform } from '@/data/platforms/types';
import { PLATFORMS, getPlatform } from '@/data/platforms';
import { createT } from '@/lib/i18n';
import {
  DISPLAY_STATUSES,
  countStatuses,
  countText,
  decisiveEdition,
  displayStatus,
  editionDateText,
  isFrenchHost,
  isInferred,
  longStatus,
  shortStatus,
  type DisplayStatus,
} from '@/lib/status';

const status = (kind: EditionStatusKind, date: string, confidence: Confidence = 'S'): EditionStatus => ({
  status: kind,
  date,
  confidence,
});

const platform = (first: EditionStatus, renewal: EditionStatus): Pick<Platform, 'charter'> => ({
  charter: { '2019': first, '2020-renewal': renewal },
});

// Every pair of per-edition statuses, and what the single display status must be.
const CASES: Array<[EditionStatusKind, EditionStatusKind, DisplayStatus, EditionId]> = [
  ['signatory', 'signatory', 'signatory', '2019'],
  ['signatory', 'declined', 'signatory', '2019'],
  ['signatory', 'not-listed', 'signatory', '2019'],
  ['declined', 'signatory', 'renewal-signatory', '2020-renewal'],
  ['declined', 'declined', 'declined', '2019'],
  ['declined', 'not-listed', 'declined', '2019'],
  ['not-listed', 'signatory', 'renewal-signatory', '2020-renewal'],
  ['not-listed', 'declined', 'not-listed', '2019'],
  ['not-listed', 'not-listed', 'not-listed', '2019'],
];

describe('displayStatus and decisiveEdition', () => {
  it.each(CASES)('2019 %s + 2020 %s → %s, dated by %s', (first, renewal, expected, edition) => {
    const p = platform(status(first, '2019-03-26'), status(renewal, '2020-12'));
    expect(displayStatus(p)).toBe(expected);
    expect(decisiveEdition(p)).toBe(p.charter[edition]);
  });

  it('reaches each of the four display statuses', () => {
    expect(new Set(CASES.map((c) => c[2]))).toEqual(new Set(DISPLAY_STATUSES));
  });
});

describe('isInferred', () => {
  const CONFIDENCES: Confidence[] = ['S', 'S-code', 'I', 'GK', 'U'];
  it.each(CONFIDENCES.flatMap((a) => CONFIDENCES.map((b) => [a, b] as const)))('2019 %s, 2020 %s', (a, b) => {
    const p = platform(status('signatory', '2019-03-26', a), status('signatory', '2020-12', b));
    expect(isInferred(p)).toBe(a === 'I' || b === 'I');
  });
});

describe('shortStatus: the one short line says renewal, inference and scope', () => {
  const fr = createT('fr');
  const en = createT('en');
  const get = (id: string) => getPlatform(id)!;

  it('a 2019 signatory reads as renewed in 2020, in both languages (brief F9)', () => {
    expect(shortStatus(get('cdiscount'), fr)).toBe('Signataire de la charte (2019, renouvelée en 2020)');
    expect(shortStatus(get('cdiscount'), en)).toBe('Signed the charter (2019, renewed 2020)');
  });

  it('a 2019 signatory without the renewal does not claim it', () => {
    const p = platform(status('signatory', '2019-03-26'), status('not-listed', '2026-11-29'));
    expect(shortStatus(p, fr)).toBe('Signataire de la charte (2019)');
    expect(shortStatus(p, en)).not.toMatch(/renew/);
  });

  it('inferred statuses say so and name the group the sources name', () => {
    expect(shortStatus(get('darty'), fr)).toBe('Signataire de la charte (2019, renouvelée en 2020), par déduction (groupe Fnac Darty)');
    expect(shortStatus(get('aliexpress'), fr)).toBe('N’a pas signé la charte (2019), par déduction (groupe Alibaba)');
    expect(shortStatus(get('aliexpress'), en)).toBe('Did not sign the charter (2019), by inference (Alibaba group)');
    const bare = platform(status('declined', '2019-03-25', 'I'), status('not-listed', '2026-11-29'));
    expect(shortStatus(bare, en)).toBe('Did not sign the charter (2019), by inference');
  });

  it('no sourced status is marked as an inference', () => {
    for (const p of PLATFORMS.filter((p) => !isInferred(p))) expect(shortStatus(p, fr)).not.toMatch(/déduction/);
  });

  it.each([
    ['amazon', 'www.amazon.com', true],
    ['amazon', 'www.amazon.de', true],
    ['amazon', 'smile.amazon.co.uk', true],
    ['ebay', 'www.ebay.co.uk', true],
    ['aliexpress', 'www.aliexpress.com', true],
    ['amazon', 'www.amazon.fr', false],
    ['amazon', 'WWW.AMAZON.FR.', false],
    ['aliexpress', 'fr.aliexpress.com', false],
    ['rakuten', 'fr.shopping.rakuten.com', false],
    ['rakuten', 'www.priceminister.com', false],
    ['cdiscount', 'www.cdiscount.com', false],
    ['darty', 'www.darty.com', false],
    ['temu', 'www.temu.com', true],
  ] as const)('%s on %s: French charter said = %s', (id, host, foreign) => {
    expect(shortStatus(get(id), fr, host).endsWith(' · charte française')).toBe(foreign);
    expect(shortStatus(get(id), en, host).endsWith(' · French charter')).toBe(foreign);
    expect(isFrenchHost(host, get(id))).toBe(!foreign);
  });

  it('without a hostname (lists), no scope note', () => {
    expect(shortStatus(get('amazon'), fr)).toBe('A rejoint la charte renouvelée (déc. 2020)');
  });

  it('never returns a raw key, for every platform, language and kind of host', () => {
    for (const p of PLATFORMS) {
      for (const t of [fr, en]) {
        for (const host of [undefined, 'www.example.com', `www.${p.hostnames[0] ?? 'x.fr'}`]) {
          expect(shortStatus(p, t, host)).not.toMatch(/\bstatus\.|\{\w+\}/);
        }
      }
    }
  });
});

describe('longStatus and editionDateText: an inference names its group', () => {
  const fr = createT('fr');
  it('AliExpress: Alibaba did not sign; AliExpress is part of it, by inference', () => {
    const text = longStatus(getPlatform('aliexpress')!, fr, '29 novembre 2026');
    expect(text).toMatch(/^Alibaba n’a pas signé la charte de mars 2019\s;\sAliExpress fait partie du groupe Alibaba \(déduction, non confirmée/);
  });
  it('Darty: the group signed, Darty by inference; a sourced signatory quotes « l’ensemble des premiers signataires »', () => {
    expect(longStatus(getPlatform('darty')!, fr, 'x')).toMatch(/signée par le groupe Fnac Darty\s; Darty fait partie de ce groupe \(déduction/);
    expect(longStatus(getPlatform('cdiscount')!, fr, 'x')).toMatch(/«\u00a0l’ensemble des premiers signataires\u00a0»/);
  });
  it('the AliExpress 2019 date is Alibaba’s refusal, never « refus rapporté »', () => {
    const line = editionDateText(getPlatform('aliexpress')!.charter['2019'], fr, 'fr');
    expect(line).toBe('refus du groupe Alibaba (25 mars 2019)');
    expect(editionDateText(getPlatform('amazon')!.charter['2019'], fr, 'fr')).toBe('refus rapporté le 25 mars 2019');
    expect(editionDateText(getPlatform('darty')!.charter['2020-renewal'], createT('en'), 'en')).toBe('commitment of the Fnac Darty group (December 2020)');
  });
});

describe('countStatuses: sourced and inferred apart', () => {
  it('9 signatories + Darty by inference; Alibaba + AliExpress by inference', () => {
    const counts = countStatuses(PLATFORMS);
    expect(counts.signatory).toEqual({ sourced: 9, inferred: ['Darty'] });
    expect(counts.declined).toEqual({ sourced: 1, inferred: ['AliExpress'] });
    expect(counts['renewal-signatory']).toEqual({ sourced: 4, inferred: [] });
    expect(countText(counts.signatory, createT('fr'))).toBe('9 + Darty par déduction');
    expect(countText(counts['renewal-signatory'], createT('en'))).toBe('4');
  });
  it('every status is present, even with nothing in it', () => {
    expect(Object.keys(countStatuses([])).sort()).toEqual([...DISPLAY_STATUSES].sort());
  });
});
