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
    // A browser on a loaded 2-core CI machine can take more than vitest's default second to paint
    // and run a timer: a poll waits for a state, it does not time the extension (npm run bench does).
    expect: { poll: { timeout: 5000 } },
  },
});
