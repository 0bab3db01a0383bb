// Licence notices of every npm package that ends up in the built extension, generated at build
// time from what the bundler actually kept, so the store zips carry them without a hand-kept list.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/**
 * The npm package a bundled module comes from, or null for the project's own code.
 * @example packageOfModule('/p/node_modules/@wxt-dev/storage/dist/index.mjs') // '@wxt-dev/storage'
 */
export function packageOfModule(id: string): string | null {
  const clean = id.replace(/^\0/, '').replace(/\\/g, '/').split('?')[0]!;
  const at = clean.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = clean.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : rest[0];
  return name && !name.endsWith('/') ? name : null;
}

export interface PackageNotice {
  name: string;
  version: string;
  license: string;
  text: string;
}

/** A package's name, version, licence id and licence text, read from its folder in node_modules. */
export function readNotice(root: string, name: string): PackageNotice {
  const dir = path.join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string; license?: string };
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  return {
    name,
    version: pkg.version ?? 'unknown',
    license: pkg.license ?? 'unknown',
    text: file ? readFileSync(path.join(dir, file), 'utf8').trim() : `(no licence file in the package; package.json says ${pkg.license ?? 'nothing'})`,
  };
}

/** The notices file: one section per package, sorted by name. */
export function formatNotices(notices: readonly PackageNotice[]): string {
  const head = 'Charte PME bundles the following third-party packages. Their licences follow.\n';
  const sections = [...notices]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((n) => `${'='.repeat(72)}\n${n.name}@${n.version} (${n.license})\n${'='.repeat(72)}\n\n${n.text}\n`);
  return [head, ...sections].join('\n');
}

/**
 * A Vite plugin that records which packages each build kept (WXT runs several builds: one per
 * content script, one for the pages and background), and `writeNotices` writes the union into
 * the output folder once the extension is built.
 */
export function noticesCollector(): { plugin: () => Plugin; writeNotices: (root: string, outDir: string) => string[] } {
  const kept = new Set<string>();
  return {
    plugin: () => ({
      name: 'charte-pme:third-party-notices',
      apply: 'build',
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          for (const [id, info] of Object.entries(chunk.modules)) {
            const name = info.renderedLength > 0 ? packageOfModule(id) : null;
            if (name) kept.add(name);
          }
        }
      },
    }),
    writeNotices(root, outDir) {
      const names = [...kept].filter((name) => existsSync(path.join(root, 'node_modules', name, 'package.json')));
      writeFileSync(path.join(outDir, NOTICES_FILE), formatNotices(names.map((name) => readNotice(root, name))));
      kept.clear();
      return names;
    },
  };
}
