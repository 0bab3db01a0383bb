// Build-time views of the platform registry (data/platforms/index.ts), as virtual modules, so that
// no second list of platforms is kept by hand: each first stage imports only its own stage's
// platform files, and the card every seller reader that exists. Used by the build (through the
// WXT module beside this file) and by Vitest (vitest.config.ts), which runs no WXT module.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { PLATFORMS } from '../../data/platforms/index';
import enPill from '../../locales/en/pill';
import frPill from '../../locales/fr/pill';
import type { BadgeStage, PlatformRecord } from '../../data/platforms/types';
import { pillLinesOf } from '../../lib/badge/groups/pill-lines';
import { BADGE_STAGES, readsEveryHint, stageOf } from '../../lib/badge/groups/stages';
import { displayStatus } from '../../lib/status';

const GROUP_PREFIX = 'virtual:badge-group/';
const ALL_GROUPS = 'virtual:badge-groups';
const SELLER_READERS = 'virtual:seller-readers';

/** The export a platform or reader file is known by: its id in camelCase ('mon-shop' → 'monShop'). */
export function exportNameOf(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `data/platforms/<id>.ts`, checked to export the platform under its camelCase id. */
function platformFile(root: string, id: string): string {
  const file = path.join(root, 'data/platforms', `${id}.ts`);
  const name = exportNameOf(id);
  if (!existsSync(file) || !new RegExp(`^export const ${name}\\b`, 'm').test(readFileSync(file, 'utf8'))) {
    throw new Error(`Platform "${id}": data/platforms/${id}.ts must exist and export const ${name} (the registry finds it by that name).`);
  }
  return file;
}

const json = JSON.stringify;

/**
 * One stage's group: its platforms in registry order, the status icons they can show (no other:
 * lib/badge/status-icon-paths.ts exports each as `<status>Icon`), each platform's pill lines
 * (written here, from lib/badge/groups/pill-lines.ts), the pill's own strings (locales/fr/pill.ts and en,
 * French typography applied), and how it reads a page's DOM.
 * A stage with an ambiguous URL shape reads every hint and watches for late signals; the others
 * read their platforms' markers only and never ship the rest.
 */
export function groupModule(root: string, stage: BadgeStage, platforms: readonly PlatformRecord[] = PLATFORMS): string {
  const members = platforms.filter((p) => stageOf(p) === stage);
  const imports = members.map((p) => `import { ${exportNameOf(p.id)} } from ${json(platformFile(root, p.id))};`);
  const statuses = [...new Set(members.map(displayStatus))];
  const icons = statuses.map((s) => `${exportNameOf(s)}Icon`);
  imports.push(`import { ${icons.join(', ')} } from ${json(path.join(root, 'lib/badge/status-icon-paths.ts'))};`);
  // Platforms whose lines are the same share one object: each string is written once.
  const lines = [...new Set(members.map((p) => json(pillLinesOf(p))))];
  const fields = [
    `name: ${json(stage)}`,
    `platforms: [${members.map((p) => exportNameOf(p.id)).join(', ')}]`,
    `icons: { ${statuses.map((s, i) => `${json(s)}: ${icons[i]}`).join(', ')} }`,
    `lines: { ${members.map((p) => `${json(p.id)}: LINES[${lines.indexOf(json(pillLinesOf(p)))}]`).join(', ')} }`,
    // Typeset here, once, rather than on every page at document_start.
    `strings: ${json({ fr: frPill, en: enPill })}`,
  ];
  if (readsEveryHint(members)) {
    imports.push(`import { productSignalsOf } from ${json(path.join(root, 'lib/detect/detect.ts'))};`);
    imports.push(`import { watchLatePageSignals } from ${json(path.join(root, 'lib/badge/page/late-watch.ts'))};`);
    fields.push('domSignals: productSignalsOf', 'watchLate: watchLatePageSignals');
  } else {
    imports.push(`import { markerSignals } from ${json(path.join(root, 'lib/badge/groups/marker-signals.ts'))};`);
    fields.push('domSignals: markerSignals');
  }
  return `${imports.join('\n')}\nconst LINES = [${lines.join(', ')}];\nexport const GROUP = { ${fields.join(', ')} };\n`;
}

/** Every platform that has a reader file `lib/sellers/<id>.ts`, exporting `sellerReader`. */
export function sellerReadersModule(root: string, platforms: readonly PlatformRecord[] = PLATFORMS): string {
  const withReader = platforms.filter((p) => existsSync(path.join(root, 'lib/sellers', `${p.id}.ts`)));
  const imports = withReader.map((p, i) => `import { sellerReader as r${i} } from ${json(path.join(root, 'lib/sellers', `${p.id}.ts`))};`);
  const entries = withReader.map((p, i) => `${json(p.id)}: r${i}`);
  return `${imports.join('\n')}\nexport const SELLER_READERS = { ${entries.join(', ')} };\n`;
}

function allGroupsModule(): string {
  const imports = BADGE_STAGES.map((stage, i) => `import { GROUP as g${i} } from ${json(GROUP_PREFIX + stage)};`);
  return `${imports.join('\n')}\nexport const BADGE_GROUPS = [${BADGE_STAGES.map((_, i) => `g${i}`).join(', ')}];\n`;
}

export function platformRegistry(root: string): Plugin {
  return {
    name: 'charte-pme:platform-registry',
    enforce: 'pre',
    resolveId(id) {
      if (id === ALL_GROUPS || id === SELLER_READERS) return `\0${id}`;
      if (id.startsWith(GROUP_PREFIX) && (BADGE_STAGES as readonly string[]).includes(id.slice(GROUP_PREFIX.length))) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0')) return null;
      const virtual = id.slice(1);
      if (virtual === ALL_GROUPS) return allGroupsModule();
      if (virtual === SELLER_READERS) return sellerReadersModule(root);
      if (virtual.startsWith(GROUP_PREFIX)) return groupModule(root, virtual.slice(GROUP_PREFIX.length) as BadgeStage);
      return null;
    },
  };
}
