import { defineConfig } from 'vitest/config';

// The real-Firefox suite: firefox-esr, the Firefox build, one browser per file, one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
