import { defineConfig } from 'vitest/config';

// Browser tests: the built site in real Chromium (see test/e2e/run.mjs for how one is found).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
