import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openHistory } from './open';
import { recordSend } from './record-send';
import { historyProblemItem } from './status';
import { draftOf, finding, freshDbName, reportOf } from './testing/samples';

const T = Date.parse('2025-05-14T10:00:00Z');
const facts = (extra: Partial<Parameters<typeof recordSend>[3]> = {}) => ({
  key: 'slack:general:abc:1',
  fixes: 0,
  time: T,
  timeZone: 'UTC',
  ...extra,
});

describe('recording a send', () => {
  it('stores score, words, findings per category and rule, and fixes — and no text', async () => {
    const db = await openHistory(freshDbName());
    const report = reportOf(72, [
      finding('vague-deadline', 'deadline'),
      finding('relative-date', 'deadline', 'info'),
      finding('no-owner', 'recipient'),
    ]);
    const draft = draftOf('Can someone review the doc soon please', 'slack', { kind: 'channel' });
    expect(await recordSend(db, draft, report, facts({ fixes: 2 }))).toBe(true);
    const [entry] = await db.getAll('entries');
    expect(entry).toEqual({
      key: 'slack:general:abc:1',
      time: T,
      site: 'slack',
      kind: 'channel',
      score: 72,
      words: 7,
      categories: { deadline: 2, recipient: 1 },
      rules: { 'vague-deadline': 1, 'relative-date': 1, 'no-owner': 1 },
      fixes: 2,
    });
    expect(JSON.stringify(await db.getAll('entries'))).not.toContain('review the doc');
    expect(db.objectStoreNames.contains('texts' as never)).toBe(false);
  });

  it('records the same send once, even when reported twice', async () => {
    const db = await openHistory(freshDbName());
    const draft = draftOf('Please send the report by Friday 5pm CET.', 'gmail');
    expect(await recordSend(db, draft, reportOf(95), facts())).toBe(true);
    expect(await recordSend(db, draft, reportOf(40), facts({ time: T + 500 }))).toBe(false);
    const entries = await db.getAll('entries');
    expect(entries.map((e) => e.score)).toEqual([95]);
  });

  it('keeps one Notion entry per page per day, updated as the page is edited', async () => {
    const db = await openHistory(freshDbName());
    const page = (text: string) => draftOf(text, 'notion', { kind: 'page', channel: 'Q3 plan' });
    await recordSend(db, page('Draft one'), reportOf(60), facts({ key: 'n1', fixes: 1 }));
    await recordSend(
      db,
      page('Draft one, better'),
      reportOf(85),
      facts({ key: 'n2', fixes: 2, time: T + 3_600_000 }),
    );
    await recordSend(db, page('Next day'), reportOf(90), facts({ key: 'n3', time: T + 86_400_000 }));
    const entries = await db.getAll('entries');
    expect(entries.map((e) => [e.key, e.score, e.fixes, e.words])).toEqual([
      ['notion-page:Q3 plan:2025-05-14', 85, 3, 3],
      ['notion-page:Q3 plan:2025-05-15', 90, 0, 2],
    ]);
  });

  it('answers "not recorded" instead of throwing when storage fails', async () => {
    const db = await openHistory(freshDbName());
    db.close();
    await expect(
      recordSend(db, draftOf('Hi Sam, can you merge #12 today?'), reportOf(100), facts()),
    ).resolves.toBe(false);
    expect(await historyProblemItem.getValue()).toBe('unavailable');
  });

  it('names a full disk so the popup can say so, and clears it after the next good send', async () => {
    const db = await openHistory(freshDbName());
    const full = Object.create(db, {
      transaction: {
        value: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
    });
    expect(await recordSend(full, draftOf('Ship it by 5pm UTC'), reportOf(100), facts())).toBe(false);
    expect(await historyProblemItem.getValue()).toBe('quota');
    expect(await recordSend(db, draftOf('Ship it by 5pm UTC'), reportOf(100), facts())).toBe(true);
    expect(await historyProblemItem.getValue()).toBeNull();
  });
});
