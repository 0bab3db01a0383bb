import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVIEWED_ON, getSource } from '@/data/charter';
import { PLATFORMS, getPlatform } from '@/data/platforms';
import { displayStatus } from '@/lib/status';
import { BRIEF, checkPlatformFiles, checkPlatforms, checkSignatories, cloneDataset, realDataset } from '../../helpers/validate-data';

const PLATFORM_DIR = join(import.meta.dirname, '../../../data/platforms');
const SHARED_FILES = new Set(['index', 'types', 'hosts', 'common-statuses']);

async function platformFiles() {
  const names = readdirSync(PLATFORM_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((name) => !SHARED_FILES.has(name));
  return Promise.all(names.map(async (name) => ({ name, exports: (await import(join(PLATFORM_DIR, `${name}.ts`))) as Record<string, unknown> })));
}

describe('platform files', () => {
  it('registers every platform file, under its file name, and nothing else', async () => {
    const files = await platformFiles();
    expect(files.length).toBe(PLATFORMS.length);
    expect(checkPlatformFiles(files, PLATFORMS)).toEqual([]);
  });

  it('passes the hostname and status checks', () => {
    expect(checkPlatforms(realDataset())).toEqual([]);
  });

  it('has no hostname only for the platforms the brief marks unknown', () => {
    expect(PLATFORMS.filter((p) => p.hostnames.length === 0).map((p) => p.id).sort()).toEqual(['certideal', 'veepee', 'wish']);
  });

  it('keeps hostnames lowercase, without wildcard or scheme', () => {
    for (const h of PLATFORMS.flatMap((p) => p.hostnames)) expect(h).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
  });

  it('dates, rates and sources every status with existing sources', () => {
    for (const p of PLATFORMS) {
      for (const s of Object.values(p.charter)) {
        expect(s.date, p.id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        expect(['S', 'S-code', 'I', 'GK', 'U']).toContain(s.confidence);
        expect(s.sources.length, p.id).toBeGreaterThan(0);
        for (const id of s.sources) expect(getSource(id), `${p.id}: ${id}`).toBeDefined();
      }
    }
  });
});

describe('statuses as the brief gives them', () => {
  it('matches the brief for every edition list and display status', () => {
    expect(checkSignatories(realDataset())).toEqual([]);
  });

  it.each(Object.entries(BRIEF.display).flatMap(([status, ids]) => ids.map((id) => [id, status])))('%s shows as %s', (id, status) => {
    expect(displayStatus(getPlatform(id)!)).toBe(status);
  });

  it('covers every platform in exactly one display status', () => {
    const listed = Object.values(BRIEF.display).flat().sort();
    expect(PLATFORMS.map((p) => p.id).sort()).toEqual(listed);
  });

  it.each([
    ['darty', '2019'],
    ['darty', '2020-renewal'],
    ['aliexpress', '2019'],
  ] as const)('%s %s rests on an inference, with a note saying so', (id, edition) => {
    const status = getPlatform(id)!.charter[edition];
    expect(status.confidence).toBe('I');
    expect(status.note?.fr).toMatch(/déduction/i);
    expect(status.note?.en).toMatch(/inference/i);
    // The group the sources actually name, for every surface to show (brief §7).
    expect(status.via).toBe(id === 'darty' ? 'Fnac Darty' : 'Alibaba');
  });

  it('AliExpress: Alibaba refused, AliExpress is part of it by inference; no refusal by AliExpress is claimed', () => {
    const note = getPlatform('aliexpress')!.charter['2019'].note!;
    expect(note.fr).toMatch(/^Alibaba n’a pas signé la charte de mars 2019 ; AliExpress fait partie du groupe Alibaba \(déduction, non confirmée\)/);
    expect(note.en).toMatch(/No source reports a refusal by AliExpress/);
    expect(getPlatform('aliexpress')!.charter['2019'].sources).not.toContain('israel247');
  });

  it('dates refusals to the day they were reported, and not-listed to the review date', () => {
    expect(getPlatform('amazon')!.charter['2019']).toMatchObject({ status: 'declined', date: '2019-03-25' });
    expect(getPlatform('alibaba')!.charter['2019']).toMatchObject({ status: 'declined', date: '2019-03-25' });
    expect(getPlatform('temu')!.charter['2020-renewal']).toMatchObject({ status: 'not-listed', date: REVIEWED_ON });
  });
});

describe('deliberate breakage', () => {
  const broken = () => {
    const ds = cloneDataset(realDataset());
    const byId = (id: string) => ds.platforms.find((p) => p.id === id)! as unknown as { hostnames: string[]; charter: Record<string, { sources: string[]; status: string; note?: unknown }> };
    return { ds, byId };
  };

  it('reports a hostname shared by two platforms', () => {
    const { ds, byId } = broken();
    byId('fnac').hostnames.push('darty.com');
    expect(checkPlatforms(ds)).toContainEqual(expect.objectContaining({ code: 'duplicate-hostname', message: expect.stringMatching(/^darty\.com also belongs to (fnac|darty)$/) }));
  });

  it('reports a hostname under another platform’s hostname', () => {
    const { ds, byId } = broken();
    byId('alibaba').hostnames.push('fr.aliexpress.com');
    expect(checkPlatforms(ds).map((p) => p.code)).toContain('hostname-subdomain');
  });

  it('reports a status without sources, a missing hostname and an uppercase one', () => {
    const { ds, byId } = broken();
    byId('ebay').charter['2020-renewal']!.sources = [];
    byId('etsy').hostnames.length = 0;
    byId('temu').hostnames.push('Temu.FR');
    const codes = checkPlatforms(ds).map((p) => `${p.code} ${p.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'no-sources platforms[ebay].charter.2020-renewal',
        'no-hostname platforms[etsy]',
        'bad-hostname platforms[temu].hostnames',
        'unhosted-set platforms',
      ]),
    );
  });

  it('reports a platform whose status drifts from the brief', () => {
    const { ds, byId } = broken();
    byId('alibaba').charter['2019']!.status = 'not-listed';
    const codes = checkSignatories(ds).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['platform-status', 'display-status']));
  });

  it('reports an inferred status without a note', () => {
    const { ds, byId } = broken();
    delete byId('darty').charter['2019']!.note;
    expect(checkPlatforms(ds).map((p) => p.code)).toContain('inference-without-note');
  });

  it('reports an unregistered file and a file named differently from its id', () => {
    const stray = { ...PLATFORMS[0]!, id: 'stray' };
    const problems = checkPlatformFiles([{ name: 'stray', exports: { stray } }, { name: 'amazon-fr', exports: { amazon: PLATFORMS[0] } }], PLATFORMS);
    expect(problems.map((p) => p.code)).toEqual(expect.arrayContaining(['platform-unregistered', 'platform-file-id', 'platform-no-file', 'platform-file-details']));
  });
});
