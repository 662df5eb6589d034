import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { gmailReply, mboxOf } from '../../tests/fixtures/exports/generate';
import { historyHandlers } from '../history/background';
import { openHistory } from '../history/open';
import { textSalt } from '../history/text-salt';
import { DB_NAME } from '../history/versions';
import { type ImportedSend, RecordedSends, SAME_SEND_MS } from './recorded-sends';
import { importSources } from './run-import';
import { senderId } from './senders';
import { sourcesOf } from './sources';

const MINUTE = 60_000;
const LIVE_TEXT =
  'Priya, here is the final launch checklist: https://acme.example/launch. Can you sign it off by Thu 27 Nov 5pm CET?';

/** One mail of an mbox: the Gmail fixture's reply, sent at `at`. */
const sentMail = (id: string, at: number, body: string) => ({
  from: 'sam@acme.example',
  at,
  raw: gmailReply({ body, at, id }),
});

async function importMbox(mails: Parameters<typeof mboxOf>[0]) {
  return importSources(await sourcesOf([new File([mboxOf(mails)], 'Sent.mbox')]), {
    chosen: new Set([senderId('mail', 'sam@acme.example')]),
    configs: {},
    timeZone: 'UTC',
    now: Date.now(),
    // As the report page reads it for the worker.
    salt: await textSalt(),
    openDb: () => openHistory(),
    progress: () => undefined,
    cancelled: () => false,
  });
}

describe('a message recorded as it was sent and imported again from an export', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    const db = await openHistory();
    await db.clear('entries');
    await db.clear('weeks');
    await db.put('weekZones', { zone: 'UTC' });
    db.close();
  });

  it('counts once: the import leaves out the mail whose text the background recorded at the send, and says so', async () => {
    const { recorded } = await historyHandlers.recordSend!({
      draft: { text: LIVE_TEXT, site: 'gmail', kind: 'email', recipients: ['priya.ops@acme.example'] },
      key: 'gmail:abc:def:29000000',
      fixes: 0,
    });
    expect(recorded).toBe(true);
    const sentAt = Date.now() + 40_000; // Gmail's undo-send delay, and a clock a little apart
    const mbox = [
      sentMail('reply-1', sentAt, LIVE_TEXT.replace('Can you sign', 'Can you\nsign')),
      // Sent before Clearsend was installed: added.
      sentMail('older', sentAt - 3 * 86_400_000, 'Can you send the venue options by Monday?'),
    ];
    const outcome = await importMbox(mbox);
    expect(outcome).toMatchObject({ added: 1, sentLive: 1, already: 0 });
    const db = await openHistory(DB_NAME);
    const entries = await db.getAll('entries');
    expect(entries.map((e) => e.key.split(':')[0]).sort()).toEqual(['gmail', 'import']);
    // Only the live send keeps a hash; it is not the text.
    expect(entries.filter((e) => e.textHash).map((e) => e.key)).toEqual(['gmail:abc:def:29000000']);
    expect(JSON.stringify(entries)).not.toMatch(/checklist|venue/i);
    expect((await db.getAll('weeks')).reduce((n, w) => n + w.tally.count, 0)).toBe(2);
    db.close();

    // Imported again: nothing added, the live one still recognised.
    expect(await importMbox(mbox)).toMatchObject({ added: 0, sentLive: 1, already: 1 });
  });

  it('a send recorded before history kept text hashes (no hash) is not matched: the import adds its copy', async () => {
    const db = await openHistory();
    await db.put('entries', {
      key: 'gmail:old:send:1',
      time: Date.now(),
      site: 'gmail',
      score: 80,
      words: 19,
      categories: {},
      rules: {},
      fixes: 0,
    });
    db.close();
    expect(await importMbox([sentMail('reply-1', Date.now(), LIVE_TEXT)])).toMatchObject({
      added: 1,
      sentLive: 0,
    });
  });
});

describe('which imported messages are the recorded sends', () => {
  const T = Date.UTC(2026, 10, 2, 10);
  async function recordedOf(sends: { site: 'gmail' | 'slack'; time: number; textHash: string }[]) {
    const name = `recorded-${Math.random()}`;
    const db = await openHistory(name);
    for (const [i, s] of sends.entries())
      await db.put('entries', {
        key: `live${i}`,
        score: 90,
        words: 3,
        categories: {},
        rules: {},
        fixes: 0,
        ...s,
      });
    const recorded = await RecordedSends.read(db);
    db.close();
    return recorded;
  }
  const imported = (time: number, textHash = 'a'.repeat(32), site: ImportedSend['site'] = 'gmail') => ({
    site,
    time,
    textHash,
  });

  it('one imported message per recorded send, the nearest in time first', async () => {
    const recorded = await recordedOf([
      { site: 'gmail', time: T, textHash: 'a'.repeat(32) },
      { site: 'gmail', time: T + 5 * MINUTE, textHash: 'a'.repeat(32) },
    ]);
    // Three "Thanks!" in the export: the two recorded (1 min after each record), and one an hour earlier.
    expect(
      recorded.claim([imported(T - 60 * MINUTE), imported(T + 6 * MINUTE), imported(T + MINUTE)]),
    ).toEqual(new Set([1, 2]));
    // Claimed once: the same sends in a second file of this import are new messages.
    expect(recorded.claim([imported(T + MINUTE)])).toEqual(new Set());
  });

  it('tells which messages could be a recorded send, so only those are hashed', async () => {
    const recorded = await recordedOf([
      { site: 'gmail', time: T, textHash: 'a'.repeat(32) },
      { site: 'gmail', time: T + 600 * MINUTE, textHash: 'b'.repeat(32) },
      { site: 'slack', time: T + 300 * MINUTE, textHash: 'c'.repeat(32) },
    ]);
    for (const [time, near] of [
      [T - SAME_SEND_MS - 1, false],
      [T - SAME_SEND_MS, true],
      [T + SAME_SEND_MS, true],
      [T + 300 * MINUTE, false],
      [T + 600 * MINUTE - SAME_SEND_MS, true],
      [T + 600 * MINUTE + SAME_SEND_MS + 1, false],
    ] as const)
      expect([time, recorded.near('gmail', time)]).toEqual([time, near]);
    expect(recorded.near('slack', T + 300 * MINUTE)).toBe(true);
    expect(recorded.near('notion', T)).toBe(false);
  });

  it('not another site, another text, or further apart than the window', async () => {
    const recorded = await recordedOf([{ site: 'gmail', time: T, textHash: 'a'.repeat(32) }]);
    expect(
      recorded.claim([
        imported(T, 'a'.repeat(32), 'slack'),
        imported(T, 'b'.repeat(32)),
        imported(T + SAME_SEND_MS + 1),
        { site: 'gmail', time: T },
      ]),
    ).toEqual(new Set());
    expect(recorded.claim([imported(T - SAME_SEND_MS)])).toEqual(new Set([0]));
  });
});
