import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mbox, START, slackExport } from '../../tests/fixtures/exports/generate';
import { openHistory } from '../history/open';
import { freshDbName } from '../history/testing/samples';
import { type ImportOptions, importSources, StorageFailure } from './run-import';
import { scanSources } from './scan';
import { chosenTotal, senderId } from './senders';
import { sourcesOf } from './sources';

const DAY = 86_400_000;
const NOW = START + 60 * DAY;
const ALMA = [senderId('mail', 'alma@example.com'), senderId('slack', 'Alma Ortiz')];
const mailFile = () => new File([mbox(21, { benEvery: 7 })], 'Sent.mbox');
const slackFile = (n = 40) => new File([slackExport(n) as BlobPart], 'workspace.zip');

async function withDb(name: string) {
  const db = await openHistory(name);
  await db.put('weekZones', { zone: 'UTC' });
  db.close();
}

function options(name: string, extra: Partial<ImportOptions> = {}): ImportOptions {
  return {
    chosen: new Set(ALMA),
    configs: {},
    timeZone: 'UTC',
    now: NOW,
    salt: 'c3'.repeat(32),
    openDb: () => openHistory(name),
    progress: () => undefined,
    cancelled: () => false,
    ...extra,
  };
}

describe('a backfill as the worker runs it', () => {
  it("scans who sent what, then records the chosen sender's messages at their send times, scores only", async () => {
    const sources = await sourcesOf([mailFile(), slackFile()]);
    const scan = await scanSources(sources, () => undefined);
    expect(scan.senders).toEqual(
      [
        { author: 'alma@example.com', kind: 'mail', messages: 18 },
        { author: 'Alma Ortiz', kind: 'slack', messages: 20 },
        { author: 'Ben Okafor', kind: 'slack', messages: 20 },
        { author: 'ben@example.com', kind: 'mail', messages: 3 },
      ].sort((a, b) => b.messages - a.messages || a.author.localeCompare(b.author)),
    );
    expect(chosenTotal(scan.senders, ALMA)).toBe(38);

    const name = freshDbName();
    await withDb(name);
    const seen: number[] = [];
    const outcome = await importSources(sources, options(name, { progress: (_, done) => seen.push(done) }));
    expect(outcome).toEqual({
      added: 38,
      first: START,
      // The last mail (day 19; day 20's is Ben's) is later than the last Slack day (9).
      last: START + 19 * DAY,
      notYours: 23,
      already: 0,
      sentLive: 0,
      empty: 1,
      cancelled: false,
      notImported: [],
    });
    expect(seen.at(-1)).toBe(38);
    const db = await openHistory(name);
    const entries = await db.getAll('entries');
    expect(entries).toHaveLength(38);
    // The mail went out one a day from START (Ben's every 7th left out); each entry keeps that time.
    const mailTimes = entries.filter((e) => e.site === 'gmail').map((e) => (e.time - START) / DAY);
    expect(mailTimes.sort((a, b) => a - b)).toEqual([
      0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19,
    ]);
    for (const entry of entries) {
      expect(entry.key).toMatch(/^import:[0-9a-f]{32}$/);
      expect(JSON.stringify(entry)).not.toMatch(/alma|renewal|contract|general|eng\b/i);
    }
    expect((await db.getAll('weeks')).reduce((n, w) => n + w.tally.count, 0)).toBe(38);
    db.close();

    const again = await importSources(await sourcesOf([mailFile(), slackFile()]), options(name));
    expect(again).toMatchObject({ added: 0, already: 38, notYours: 23 });
    expect(again.first).toBeUndefined();
    expect(await (await openHistory(name)).count('entries')).toBe(38);
    // Two imports through fake-indexeddb and the engine: 2-3 s alone, more on a busy 2-core machine.
  }, 30_000);

  it('refuses a file that is not an export, naming it, before reading any other', async () => {
    await expect(sourcesOf([mailFile(), new File(['hello'], 'notes.txt')])).rejects.toThrow(
      'notes.txt is not a Slack export (.zip), an mbox file or an .eml message.',
    );
  });

  it('refuses a corrupt zip in the scan, by its name, so nothing is written', async () => {
    const bytes = slackExport(40);
    const broken = new File([bytes.slice(0, Math.floor(bytes.length / 2)) as BlobPart], 'broken.zip');
    const sources = await sourcesOf([mailFile(), broken]);
    await expect(scanSources(sources, () => undefined)).rejects.toThrow(/^broken\.zip: .+\.$/);
  });

  it('on Cancel keeps the files written whole and drops the one being read', async () => {
    const name = freshDbName();
    await withDb(name);
    let files = 0;
    const outcome = await importSources(
      await sourcesOf([mailFile(), slackFile(400)]),
      options(name, {
        progress: (file, done) => {
          if (file === 'workspace.zip' && done > 0) files = 2;
        },
        cancelled: () => files === 2,
      }),
    );
    expect(outcome).toMatchObject({ added: 18, cancelled: true, notImported: ['workspace.zip'] });
    const db = await openHistory(name);
    expect(await db.count('entries')).toBe(18);
    expect((await db.getAll('weeks')).reduce((n, w) => n + w.tally.count, 0)).toBe(18);
  });

  it('says what landed before the history could not be written', async () => {
    const name = freshDbName();
    await withDb(name);
    // Open 1 reads the sends recorded live, open 2 writes the mbox, open 3 (the Slack export) fails.
    let opens = 0;
    const failing = options(name, {
      openDb: () =>
        ++opens === 3 ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : openHistory(name),
    });
    const error = await importSources(await sourcesOf([mailFile(), slackFile()]), failing).catch((e) => e);
    expect(error).toBeInstanceOf(StorageFailure);
    expect((error as StorageFailure).outcome).toMatchObject({ added: 18, notImported: ['workspace.zip'] });
    expect(await (await openHistory(name)).count('entries')).toBe(18);
  });

  it('writes nothing when the history cannot even be read for the sends recorded live', async () => {
    const name = freshDbName();
    await withDb(name);
    const failing = options(name, {
      openDb: () => Promise.reject(new DOMException('blocked', 'UnknownError')),
    });
    const error = await importSources(await sourcesOf([mailFile(), slackFile()]), failing).catch((e) => e);
    expect(error).toBeInstanceOf(StorageFailure);
    expect((error as StorageFailure).outcome).toMatchObject({
      added: 0,
      notImported: ['Sent.mbox', 'workspace.zip'],
    });
    expect(await (await openHistory(name)).count('entries')).toBe(0);
  });
});
