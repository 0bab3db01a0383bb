import preact from '@preact/preset-vite';
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
    permissions: ['storage', 'contextMenus'],
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
