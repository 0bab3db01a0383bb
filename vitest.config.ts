import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { platformRegistry } from './modules/platform-registry/plugin';

export default defineConfig({
  // WxtVitest runs no WXT module and brings no vite plugin of wxt.config: Preact's JSX and the
  // registry's generated modules (modules/platform-registry/) need theirs.
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false }), platformRegistry(import.meta.dirname)],
  test: {
    environment: 'happy-dom',
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**'],
    restoreMocks: true,
    // An externalized zustand would import the real 'react' through Node and miss preact/compat.
    server: { deps: { inline: ['zustand'] } },
  },
});
