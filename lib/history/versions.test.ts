import 'fake-indexeddb/auto';
import { type IDBPDatabase, openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { startOfWeek, userTimeZone } from './calendar';
import { weekBoundaries } from './load';
import { HistoryError, openHistory } from './open';
import { tallySpans } from './tally';
import { freshDbName } from './testing/samples';
import { DB_VERSION, STEP_COUNT, upgradeHistory } from './versions';
import { readWeekTotals } from './week-totals';

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

// Version 3 kept an opted-in text in its own store.
const V3_ENTRIES = [
  ...V2_ENTRIES.map(withoutText),
  {
    key: 'gmail:Offsite:7k:29010004',
    time: 1735300000000,
    site: 'gmail',
    kind: 'email',
    score: 47,
    words: 233,
    categories: { ask: 1, deadline: 1, recipient: 1 },
    rules: { 'buried-ask': 1, 'missing-deadline': 1, 'no-owner': 1 },
    fixes: 2,
  },
];
const V3_TEXTS = [
  {
    key: 'gmail:Launch:1x2y:28901234',
    text: 'As discussed, can you finish the QBR deck?',
    until: 1734688800000,
  },
];

// What version 4's step wrote for V3_ENTRIES in Europe/Berlin. Never edit: a new step freezes its own copy.
const V4_WEEKS: unknown[] = [
  {
    zone: 'Europe/Berlin',
    start: 1733698800000,
    tally: {
      start: 1733698800000,
      end: 1734303600000,
      count: 3,
      scoreSum: 245,
      words: 536,
      fixes: 1,
      categories: { ask: 0, deadline: 1, recipient: 0, context: 2, style: 3 },
      rules: {
        'missing-deadline': 1,
        'dangling-reference': 1,
        'undefined-acronym': 1,
        'long-sentence': 2,
        'wall-of-text': 1,
      },
      sites: {
        gmail: { count: 1, scoreSum: 64 },
        notion: { count: 1, scoreSum: 81 },
        slack: { count: 1, scoreSum: 100 },
      },
      bands: [0, 0, 0, 0, 0, 0, 1, 0, 1, 1],
    },
  },
  {
    zone: 'Europe/Berlin',
    start: 1734908400000,
    tally: {
      start: 1734908400000,
      end: 1735513200000,
      count: 1,
      scoreSum: 47,
      words: 233,
      fixes: 2,
      categories: { ask: 1, deadline: 1, recipient: 1, context: 0, style: 0 },
      rules: { 'buried-ask': 1, 'missing-deadline': 1, 'no-owner': 1 },
      sites: { gmail: { count: 1, scoreSum: 47 } },
      bands: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
    },
  },
];

// Version 5 dropped kept text; its entries are version 3's, as they are stored today.
const V5_ENTRIES = [
  {
    key: 'slack:eng:9q:29400000',
    time: 1764064800000,
    site: 'slack',
    kind: 'channel',
    score: 72,
    words: 14,
    categories: { recipient: 1 },
    rules: { 'no-owner': 1 },
    fixes: 0,
  },
  {
    key: 'import:0123456789abcdef0123456789abcdef',
    time: 1764151200000,
    site: 'gmail',
    kind: 'email',
    score: 88,
    words: 31,
    categories: { deadline: 1 },
    rules: { 'relative-date': 1 },
    fixes: 0,
  },
];

/** Builds a database exactly as version `version` left it, holding `entries` (and, from version 3, `texts`). */
async function seedVersion(name: string, version: number, entries: object[], texts: object[] = []) {
  const db = await openDB(name, version, {
    upgrade: (raw, oldVersion, _new, tx) => upgradeHistory(raw, oldVersion, version, tx as never),
  });
  for (const entry of entries) await db.put('entries', entry);
  for (const text of texts) await db.put('texts', text);
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
    [1, V1_ENTRIES, []],
    [2, V2_ENTRIES, []],
    [3, V3_ENTRIES, V3_TEXTS],
  ])(
    'keeps every record written by version %i, unchanged, through to the current version',
    async (version, old, texts) => {
      const name = freshDbName();
      await seedVersion(name, version, old, texts);
      const db = await openHistory(name);
      expect(db.version).toBe(DB_VERSION);
      const entries = await db.getAllFromIndex('entries', 'time');
      expect(entries).toEqual(old.map(withoutText));
      // Version 5 let go of kept text: no store of it is left, and no entry carries any.
      expect([...db.objectStoreNames]).toEqual(['entries', 'weekZones', 'weeks']);
      expect(JSON.stringify(entries)).not.toContain('QBR deck');
      // The indexes added along the way cover the migrated records too.
      const slack = await db.getAllFromIndex(
        'entries',
        'site-time',
        IDBKeyRange.bound(['slack', 0], ['slack', Infinity]),
      );
      expect(slack.map((e) => e.key)).toEqual(['slack:eng:9q:28901300']);
      // Version 6's index of live sends' text hashes: there, and empty, as no old entry has a hash.
      expect(await db.countFromIndex('entries', 'textHash')).toBe(0);
      // Weekly totals (version 4) were built from every old entry, in the browser's timezone, and agree with them.
      const zone = userTimeZone();
      const totals = (await db.getAll('weeks')).map((w) => w.tally);
      expect(totals.reduce((n, w) => n + w.count, 0)).toBe(old.length);
      expect(totals.reduce((n, w) => n + w.scoreSum, 0)).toBe(old.reduce((n, e) => n + e.score, 0));
      expect(totals.reduce((n, w) => n + (w.rules['missing-deadline'] ?? 0), 0)).toBe(version === 3 ? 2 : 1);
      const first = startOfWeek(entries[0]!.time, zone);
      const spans = weekBoundaries(first, 4, zone);
      expect(await readWeekTotals(db, zone, spans)).toEqual(tallySpans(entries, spans));
      db.close();
    },
  );

  it('builds version 4 week totals exactly as released (a literal snapshot, so a change to live tallying shows)', async () => {
    // toV4 reads the browser's zone: pin it, so the snapshot is the same on every machine.
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    const pinned = vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...real.call(this), timeZone: 'Europe/Berlin' };
    });
    try {
      const name = freshDbName();
      await seedVersion(name, 3, V3_ENTRIES, V3_TEXTS);
      const db = await openDB(name, 4, {
        upgrade: (raw, oldVersion, _new, tx) => upgradeHistory(raw, oldVersion, 4, tx as never),
      });
      expect(await db.getAll('weekZones')).toEqual([{ zone: 'Europe/Berlin' }]);
      expect(await db.getAll('weeks')).toEqual(V4_WEEKS);
      db.close();
    } finally {
      pinned.mockRestore();
    }
  });

  it('version 6 indexes the text hash of live sends; entries from version 5 keep theirs as they were, with none', async () => {
    const name = freshDbName();
    await seedVersion(name, 5, V5_ENTRIES);
    const db = await openHistory(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAllFromIndex('entries', 'time')).toEqual(V5_ENTRIES);
    expect([...db.transaction('entries').store.indexNames]).toEqual(['site-time', 'textHash', 'time']);
    expect(await db.getAllFromIndex('entries', 'textHash')).toEqual([]);
    const live = { ...V5_ENTRIES[0]!, key: 'gmail:New:3z:29500000', textHash: '0f'.repeat(16) };
    await db.put('entries', live as never);
    expect(await db.getAllFromIndex('entries', 'textHash')).toEqual([live]);
    db.close();
  });

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
