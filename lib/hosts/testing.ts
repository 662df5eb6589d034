// Test helpers shared by the adapters' tests (never imported by the extension itself).
import { afterEach } from 'vitest';
import type { ComposeBox, SiteAdapter } from './types';

export type WatchedBox = { box: ComposeBox; signal: AbortSignal };

/** Lets observers and the fixture page's own scripts run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** One page lifetime per test: `signal` aborts after each test, so no adapter outlives the test that started it. */
export function adapterUnderTest(adapter: SiteAdapter) {
  let page = new AbortController();
  afterEach(() => {
    page.abort();
    page = new AbortController();
  });
  return {
    get signal() {
      return page.signal;
    },
    /** Every compose box the adapter reports on the loaded document, with its own lifetime. */
    watchBoxes(): WatchedBox[] {
      const boxes: WatchedBox[] = [];
      adapter.watch(document, (box, signal) => boxes.push({ box, signal }), page.signal);
      return boxes;
    },
  };
}
