import { defineConfig } from 'vitest/config';

// End-to-end tests drive one real Chromium each; running files in parallel on a 2-core machine only adds noise.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
