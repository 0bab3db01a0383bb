import { defineConfig } from 'vitest/config';

// The real-Firefox suite: firefox-esr, the Firefox build, one browser per file, one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e-firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A browser on a loaded 2-core CI machine can take more than vitest's default second to paint
    // and run a timer: a poll waits for a state, it does not time the extension (npm run bench does).
    expect: { poll: { timeout: 5000 } },
  },
});
