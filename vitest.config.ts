import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    // Vitest's default leaves one core idle (on CI's two cores, one worker): the files are independent, use all.
    maxWorkers: '100%',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
