/**
 * The badge's first stages (entrypoints/badge-<stage>.content/) load on every marketplace page, so
 * they carry no polyfill and not WXT's content-script context: the browser's own promise API
 * does, and lib/badge/page/quiet-context.ts replaces a context that announces every start to the
 * page under the extension's id (issue 14). Everything else keeps the stack as it is. What they
 * ship otherwise follows from what they import: the platform files' first exports, the pill's
 * string table (locales/fr/pill.ts). The corner code (entrypoints/badge-corner/, an unlisted script
 * injected on the first corner) needs no swap: it imports no extension API, so neither the polyfill
 * nor a context reaches it (test/e2e/bundle-size.test.ts checks its size and content).
 */
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const SWAPS: Record<string, string> = {
  'wxt/utils/content-script-context': fileURLToPath(new URL('../../lib/badge/page/quiet-context.ts', import.meta.url)),
  'webextension-polyfill': fileURLToPath(new URL('../../lib/browser/no-polyfill.ts', import.meta.url)),
};

const swaps = (): Plugin => ({ name: 'charte-pme:first-stage', enforce: 'pre', resolveId: (id) => SWAPS[id] ?? null });

/**
 * A second minification pass, terser's, over esbuild's output: about 0.55 kB less per first stage
 * (every marketplace page compiles it at load). Safe transforms only (no `unsafe*` option, getters
 * may have effects): the code behaves as esbuild left it.
 */
const secondMinify = (): Plugin => ({
  name: 'charte-pme:first-stage-minify',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const out = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
      if (out.code) chunk.code = out.code;
    }
  },
});

export default defineWxtModule({
  name: 'charte-pme:first-stage',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      const isFirstStage = (e: (typeof entrypoints)[number]) => e.type === 'content-script' && e.name.startsWith('badge-');
      if (!entrypoints.every(isFirstStage)) return;
      config.plugins = [swaps(), ...(config.plugins ?? []), secondMinify()];
      // Our modules have no import-time side effects, so one imported for a single function does
      // not bring its neighbours: lib/settings.ts its storage item, lib/i18n.ts every locale
      // table, data/platforms/index.ts every platform.
      config.build = {
        ...config.build,
        rollupOptions: { ...config.build?.rollupOptions, treeshake: { moduleSideEffects: false, propertyReadSideEffects: false } },
      };
    });
  },
});
