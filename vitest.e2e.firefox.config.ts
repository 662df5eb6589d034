import { defineConfig } from 'vitest/config';

// The suites that run through the browser driver (tests/e2e/driver), in Firefox ESR with the MV2 build. The rest of
// tests/e2e drives Chromium-only tools (the DevTools protocol's toolbar press, downloads) and runs there only.
export default defineConfig({
  test: {
    include: ['tests/e2e/inline-*.e2e.ts', 'tests/e2e/both-*.e2e.ts'],
    env: { CLEARSEND_BROWSER: 'firefox' },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
