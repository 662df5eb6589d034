import 'fake-indexeddb/auto';
import { type IDBPDatabase, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { HistoryError, openHistory } from './open';
import { freshDbName } from './testing/samples';
import { DB_VERSION, STEP_COUNT, upgradeHistory } from './versions';

// Literal data as each released version wrote it. Never edit these: add a snapshot for a new version.
const V1_ENTRIES = [
  {
    key: 'gmail:Launch:1x2y:28901234',
    time: 1734084000000,
    site: 'gmail',
    kind: 'email',
    score: 64,
    words: 118,
    categories: { deadline: 1, context: 2 },
    rules: { 'missing-deadline': 1, 'dangling-reference': 1, 'undefined-acronym': 1 },
    fixes: 1,
    text: 'As discussed, can you finish the QBR deck?',
    textUntil: 1734688800000,
  },
  {
    key: 'slack:eng:9q:28901300',
    time: 1734087960000,
    site: 'slack',
    kind: 'channel',
    score: 100,
    words: 12,
    categories: {},
    rules: {},
    fixes: 0,
  },
];
const V2_ENTRIES = [
  ...V1_ENTRIES,
  {
    key: 'notion-page:Roadmap:2024-12-14',
    time: 1734170000000,
    site: 'notion',
    kind: 'page',
    score: 81,
    words: 406,
    categories: { style: 3 },
    rules: { 'long-sentence': 2, 'wall-of-text': 1 },
    fixes: 0,
  },
];

/** Builds a database exactly as version `version` left it, holding `entries`. */
async function seedVersion(name: string, version: number, entries: object[]): Promise<void> {
  const db = await openDB(name, version, {
    upgrade: (raw, oldVersion, _new, tx) => upgradeHistory(raw, oldVersion, version, tx as never),
  });
  for (const entry of entries) await db.put('entries', entry);
  db.close();
}

function withoutText<T extends object>(entry: T) {
  const { text: _text, textUntil: _until, ...metrics } = entry as T & { text?: string; textUntil?: number };
  return metrics;
}

describe('history migrations', () => {
  it('has one upgrade step per version', () => {
    expect(STEP_COUNT).toBe(DB_VERSION);
  });

  it.each([
    [1, V1_ENTRIES],
    [2, V2_ENTRIES],
  ])(
    'keeps every record written by version %i, unchanged, through to the current version',
    async (version, old) => {
      const name = freshDbName();
      await seedVersion(name, version, old);
      const db = await openHistory(name);
      expect(db.version).toBe(DB_VERSION);
      const entries = await db.getAllFromIndex('entries', 'time');
      expect(entries).toEqual(old.map(withoutText));
      // The opted-in text moved to its own store with its expiry, not lost.
      expect(await db.getAll('texts')).toEqual([
        {
          key: 'gmail:Launch:1x2y:28901234',
          text: 'As discussed, can you finish the QBR deck?',
          until: 1734688800000,
        },
      ]);
      // The indexes added along the way cover the migrated records too.
      const slack = await db.getAllFromIndex(
        'entries',
        'site-time',
        IDBKeyRange.bound(['slack', 0], ['slack', Infinity]),
      );
      expect(slack.map((e) => e.key)).toEqual(['slack:eng:9q:28901300']);
      db.close();
    },
  );

  it('reports a blocked upgrade instead of hanging when an old page keeps the database open', async () => {
    const name = freshDbName();
    await seedVersion(name, 1, V1_ENTRIES);
    const stale: IDBPDatabase = await openDB(name, 1);
    await expect(openHistory(name)).rejects.toEqual(new HistoryError('blocked'));
    stale.close();
    const db = await openHistory(name);
    expect(await db.count('entries')).toBe(2);
    db.close();
  });
});
