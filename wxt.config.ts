import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { HOST_PATTERNS } from './lib/detect/hosts';

// The build's wiring is in modules/, one WXT module each, loaded from that folder: the platform
// registry's generated modules, the first stages' swaps, the licence notices, the _locales files,
// the report channel (WXT_REPORT_TO). Here: the manifest and the settings, no logic.
export default defineConfig({
  // Lets parallel builds (tests, screenshots) use their own folder; the default is .output/.
  ...(process.env.WXT_OUT_DIR ? { outDir: process.env.WXT_OUT_DIR } : {}),
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Charte PME',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // scripting: the background injects the badge's card into the tab when the shopper opens it,
    // and its corner code when the pill first takes a corner.
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
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // Reviewers rebuild from these; tests and saved third-party pages are not part of the build.
    excludeSources: ['test-results/**', 'docs/screenshots/**', 'test/**'],
  },
});
