import { afterAll, bench, describe } from 'vitest';
import { analyze } from '../../lib/analysis/analyze';
import { clearParseCache } from '../../lib/analysis/parse';
import type { Draft } from '../../lib/analysis/types';
import { buildDraft, typeOneKey } from './drafts';

const NOW = '2026-11-25T10:00:00-08:00';
const SIZES = [50, 150, 1000, 5000];
const samples = new Map<string, number[]>();

function timed(name: string, run: () => void) {
  const t = performance.now();
  run();
  const list = samples.get(name) ?? [];
  list.push(performance.now() - t);
  samples.set(name, list);
}

const draftOf = (text: string): Draft => ({
  text,
  site: 'gmail',
  kind: 'email',
  recipients: ['a@x.io', 'b@x.io'],
  now: NOW,
});

// Warm the libraries once: the budgets are for a worker that is already running.
analyze(draftOf(buildDraft(150, 2)));

for (const words of SIZES) {
  const base = buildDraft(words);
  describe(`${words} words`, () => {
    bench(`cold ${words}w`, () => {
      clearParseCache();
      timed(`cold ${words}w`, () => analyze(draftOf(base)));
    });
    let key = 0;
    analyze(draftOf(base));
    bench(`incremental ${words}w`, () => {
      const text = typeOneKey(base, key++);
      timed(`incremental ${words}w`, () => analyze(draftOf(text)));
    });
  });
}

afterAll(() => {
  const rows = [...samples].map(([name, xs]) => {
    const s = [...xs].sort((a, b) => a - b);
    const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
    return { name, runs: s.length, 'median ms': at(0.5).toFixed(2), 'p95 ms': at(0.95).toFixed(2) };
  });
  console.table(rows);
});
