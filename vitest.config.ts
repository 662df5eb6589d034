import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

/** The engine is pure (no browser, no globals; its caches are cleared by the tests that read them cold). */
const ENGINE = ['lib/analysis/**/*.test.ts'];

export default defineConfig({
  test: {
    // Vitest's default leaves one core idle (on CI's two cores, one worker): the files are independent, use all.
    maxWorkers: '100%',
    projects: [
      // Isolating each engine file re-imported compromise and chrono for every file: 38 s → 8 s without. The
      // benchmarks run once, in the extension's project.
      {
        extends: true,
        test: { name: 'engine', include: ENGINE, isolate: false, benchmark: { include: [] } },
      },
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: [
            'lib/**/*.test.{ts,tsx}',
            'components/**/*.test.{ts,tsx}',
            'tests/unit/**/*.test.{ts,tsx}',
          ],
          exclude: [...configDefaults.exclude, ...ENGINE],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
        },
      },
    ],
  },
});
