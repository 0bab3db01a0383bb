import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not bring wxt.config's vite plugins: Preact's JSX needs its own.
  plugins: [WxtVitest(), preact({ prefreshEnabled: false, devToolsEnabled: false })],
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
