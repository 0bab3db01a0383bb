import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { HOST_PATTERNS } from './lib/detect/hosts';
import { manifestLocales } from './locales/manifest';
import { parseReportChannel } from './lib/report';
import { noticesCollector } from './scripts/build/notices';

const notices = noticesCollector();

// The maintainer's channel for "Report a wrong match" (README, "Reporting a wrong match"): an
// e-mail address or an https issue form. Unset by default: reports are prepared for the user to
// copy and no recipient is made up. A malformed value stops the build instead of being guessed at.
const REPORT_TO = (process.env.WXT_REPORT_TO ?? '').trim();
if (parseReportChannel(REPORT_TO) === null) {
  throw new Error(`WXT_REPORT_TO must be an e-mail address or an https:// address, not "${REPORT_TO}"`);
}

/**
 * The badge's first stages (entrypoints/badge-<group>.content/) load on every marketplace page, so
 * they carry no polyfill and not WXT's content-script context: the browser's own promise API
 * does, and lib/badge/page/quiet-context.ts replaces a context that announces every start to the
 * page under the extension's id (issue 14). Everything else keeps the stack as it is.
 */
const firstStageSwaps = (): Plugin => {
  const swaps: Record<string, string> = {
    'wxt/utils/content-script-context': fileURLToPath(new URL('./lib/badge/page/quiet-context.ts', import.meta.url)),
    'webextension-polyfill': fileURLToPath(new URL('./lib/badge/page/no-polyfill.ts', import.meta.url)),
  };
  return { name: 'charte-pme:first-stage', enforce: 'pre', resolveId: (id) => swaps[id] ?? null };
};

/**
 * What a first stage never shows, taken out of its copy of two shared files (the unit tests and
 * every other bundle keep them whole): of the shared vocabulary (locales/*\/common.ts) only the
 * short status lines the pill shows (shortStatus); of the platform files the notes, sources and
 * company, which only the card and the side panel show. About 4.5 kB per first stage.
 */
// The short status lines, and what shortStatus adds to them: an inference's group, a foreign domain's scope.
const FIRST_STAGE_KEEPS = /^status\.(?:[a-z-]+(?:\.firstOnly)?\.short|inferred(?:\.via)?|scope\.foreign)$/;
const FIRST_STAGE_DROPS = new Set(['note', 'sources', 'company']);
interface Node {
  type: string;
  start: number;
  end: number;
  key?: { type: string; name?: string; value?: unknown };
  [k: string]: unknown;
}
const firstStagePrune = (): Plugin => ({
  name: 'charte-pme:first-stage-prune',
  enforce: 'post',
  transform(code, id) {
    const isCommon = /[\\/]locales[\\/](fr|en)[\\/]common\.ts$/.test(id);
    const isPlatform = /[\\/]data[\\/]platforms[\\/][a-z-]+\.ts$/.test(id);
    if (!isCommon && !isPlatform) return null;
    const drops: [number, number][] = [];
    const keyOf = (n: Node): string => (n.key?.type === 'Identifier' ? (n.key.name ?? '') : String(n.key?.value ?? ''));
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const n = node as Node;
      if (n.type === 'Property') {
        const key = keyOf(n);
        const drop = isCommon ? !FIRST_STAGE_KEEPS.test(key) : FIRST_STAGE_DROPS.has(key);
        if (drop) {
          const after = /^\s*,/.exec(code.slice(n.end));
          drops.push([n.start, n.end + (after ? after[0].length : 0)]);
          return;
        }
      }
      for (const [k, v] of Object.entries(n)) if (k !== 'key') visit(v);
    };
    visit(this.parse(code));
    let out = code;
    for (const [start, end] of drops.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
    return { code: out, map: null };
  },
});

// Manifest and build wiring only; every fact and rule lives in data/.
export default defineConfig({
  // Lets parallel builds (tests, screenshots) use their own folder; the default is .output/.
  ...(process.env.WXT_OUT_DIR ? { outDir: process.env.WXT_OUT_DIR } : {}),
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), notices.plugin()],
    define: { 'import.meta.env.WXT_REPORT_TO': JSON.stringify(REPORT_TO) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Charte PME',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // scripting: the background injects the badge's card into the tab when the shopper opens it.
    permissions: ['storage', 'contextMenus', 'scripting'],
    // Generated from the platform files: never a second hand-kept list.
    host_permissions: [...HOST_PATTERNS],
    action: { default_title: 'Charte PME' },
    commands: {
      'toggle-badge': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_cmdToggleBadge__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // An add-on id, not an address: no domain that nobody here owns (issue 12).
          id: 'charte-pme@extension',
          // Firefox desktop knows data_collection_permissions from 140 (ESR 140 is still supported,
          // and is what Debian's main archive installs); a higher minimum refuses to install there.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Overrides gecko on Android, where data_collection_permissions arrived in 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // THIRD_PARTY_NOTICES.txt: the licences of the packages the builds kept, so every zip carries them.
    'build:done': (wxt) => {
      notices.writeNotices(wxt.config.root, wxt.config.outDir);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      const isFirstStage = (e: (typeof entrypoints)[number]) => e.type === 'content-script' && e.name.startsWith('badge-');
      if (!entrypoints.every(isFirstStage)) return;
      config.plugins = [firstStageSwaps(), ...(config.plugins ?? []), firstStagePrune()];
      // Our modules have no import-time side effects (STYLE.md), so one imported for a single
      // function does not bring its neighbours: lib/settings.ts its storage item, lib/i18n.ts
      // every locale table, data/platforms/index.ts all 22 platforms.
      config.build = {
        ...config.build,
        rollupOptions: { ...config.build?.rollupOptions, treeshake: { moduleSideEffects: false, propertyReadSideEffects: false } },
      };
    },
    // _locales/*/messages.json (manifest name, description, command) come from locales/.
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, messages] of Object.entries(manifestLocales())) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // Reviewers rebuild from these; tests and saved third-party pages are not part of the build.
    excludeSources: ['test-results/**', 'docs/screenshots/**', 'test/**'],
  },
});
