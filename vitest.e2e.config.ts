import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { platformRegistry } from './modules/platform-registry/plugin';

// Browser tests: real Chromium, built extension, one file at a time (one browser per file on 2 cores).
export default defineConfig({
  // Some tests read the registry's generated modules (the seller readers, the groups).
  plugins: [platformRegistry(fileURLToPath(new URL('./', import.meta.url)))],
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
