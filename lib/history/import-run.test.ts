import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportHistory } from './exchange';
import type { ImportProgress } from './import-protocol';
import { runImport } from './import-run';
import { openHistory } from './open';
import { entryAt, freshDbName } from './testing/samples';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const many = Array.from({ length: 12_000 }, (_, i) => entryAt(NOW - 86_400_000 + i * 1000, 60 + (i % 40)));
const fileOf = (body: unknown) => new Blob([typeof body === 'string' ? body : JSON.stringify(body)]);

describe('an import as the worker runs it', () => {
  it('reads, checks, then writes, saying how far at each step, and lands every entry with its week totals', async () => {
    const name = freshDbName();
    const seed = await openHistory(name);
    await seed.put('weekZones', { zone: 'UTC' });
    seed.close();
    const seen: ImportProgress[] = [];
    const outcome = await runImport(
      { file: fileOf(exportHistory(many, NOW)), now: NOW },
      () => openHistory(name),
      (p) => seen.push(p),
    );
    expect(outcome).toEqual({ type: 'imported', added: 12_000, skipped: 0, dropped: [] });
    expect(seen[0]).toEqual({ phase: 'reading', bytes: expect.any(Number) });
    expect(seen.filter((p) => p.phase === 'checking').map((p) => 'done' in p && p.done)).toEqual([
      5000, 10_000, 12_000,
    ]);
    expect(seen.filter((p) => p.phase === 'writing').at(-1)).toEqual({
      phase: 'writing',
      done: 12_000,
      total: 12_000,
    });
    const db = await openHistory(name);
    expect(await db.count('entries')).toBe(12_000);
    expect((await db.getAll('weeks')).reduce((n, w) => n + w.tally.count, 0)).toBe(12_000);
  }, 60_000);

  it('names the bad entry and writes nothing, not even the good ones before it', async () => {
    const name = freshDbName();
    const bad = { ...many[7_000]!, time: 8.64e15 };
    const file = fileOf({ ...exportHistory(many, NOW), entries: [...many.slice(0, 7_000), bad] });
    const seen: ImportProgress[] = [];
    const outcome = await runImport(
      { file, now: NOW },
      () => openHistory(name),
      (p) => seen.push(p),
    );
    expect(outcome).toEqual({
      type: 'invalid',
      error: expect.stringMatching(/^entries\[7000\]\.time: must be a time between 2000-01-01/),
    });
    expect(seen.some((p) => p.phase === 'writing')).toBe(false);
    expect(await (await openHistory(name)).count('entries')).toBe(0);
  }, 60_000);

  it('says a file that is not JSON is not, and opens no database for it', async () => {
    let opened = false;
    const outcome = await runImport(
      { file: fileOf('{"format": "clearsend-history", '), now: NOW },
      async () => {
        opened = true;
        return openHistory(freshDbName());
      },
      () => undefined,
    );
    expect(outcome).toEqual({ type: 'invalid', error: expect.stringContaining('not JSON') });
    expect(opened).toBe(false);
  });

  it('reports a storage failure as the problem the page can name', async () => {
    const outcome = await runImport(
      { file: fileOf(exportHistory(many.slice(0, 3), NOW)), now: NOW },
      () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      () => undefined,
    );
    expect(outcome).toEqual({ type: 'unsaved', problem: 'quota' });
  });
});
