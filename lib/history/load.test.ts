import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeEntries } from './exchange';
import { loadAllWeeks, loadRecentWeeks, tallyDays } from './load';
import { openHistory } from './open';
import { averageScore, topRules } from './tally';
import { entryAt, freshDbName } from './testing/samples';

const at = (iso: string) => Date.parse(iso);

async function dbWith(entries: Parameters<typeof mergeEntries>[1]) {
  const db = await openHistory(freshDbName());
  await mergeEntries(db, entries);
  return db;
}

describe('weekly aggregation', () => {
  it('splits messages at Monday midnight in the user timezone', async () => {
    const tz = 'America/Los_Angeles';
    const db = await dbWith([
      entryAt(at('2025-03-09T23:59:00-07:00'), 40), // Sunday night: last week
      entryAt(at('2025-03-10T00:00:00-07:00'), 80), // Monday 00:00: this week
      entryAt(at('2025-03-12T09:00:00-07:00'), 90),
    ]);
    const weeks = await loadRecentWeeks(db, at('2025-03-14T12:00:00-07:00'), tz);
    expect(weeks).toHaveLength(12);
    const [lastWeek, thisWeek] = weeks.slice(-2);
    expect([lastWeek?.count, averageScore(lastWeek!)]).toEqual([1, 40]);
    expect([thisWeek?.count, averageScore(thisWeek!)]).toEqual([2, 85]);
  });

  it('counts a message in a different week when the user is in another timezone', async () => {
    const db = await dbWith([entryAt(at('2025-03-10T03:00:00Z'), 70)]); // Monday in London, Sunday in Chicago
    const london = await loadRecentWeeks(db, at('2025-03-11T12:00:00Z'), 'Europe/London', 2);
    const chicago = await loadRecentWeeks(db, at('2025-03-11T12:00:00Z'), 'America/Chicago', 2);
    expect(london.map((w) => w.count)).toEqual([0, 1]);
    expect(chicago.map((w) => w.count)).toEqual([1, 0]);
  });

  it('keeps every message of a DST week in that week and only there', async () => {
    const tz = 'Europe/Berlin';
    const db = await dbWith([
      entryAt(at('2025-03-24T00:30:00+01:00'), 50),
      entryAt(at('2025-03-30T23:30:00+02:00'), 60), // Sunday night after the clocks went forward
      entryAt(at('2025-03-31T00:10:00+02:00'), 100),
    ]);
    const weeks = await loadRecentWeeks(db, at('2025-04-01T12:00:00+02:00'), tz, 2);
    expect(weeks.map((w) => [w.count, averageScore(w)])).toEqual([
      [2, 55],
      [1, 100],
    ]);
  });

  it('adds up categories, rules, sites and score bands for a week', async () => {
    const monday = at('2025-06-02T09:00:00Z');
    const db = await dbWith([
      entryAt(monday, 100, { site: 'slack' }),
      entryAt(monday + 1000, 72, { categories: { deadline: 2 }, rules: { 'vague-deadline': 2 } }),
      entryAt(monday + 2000, 55, {
        categories: { deadline: 1, recipient: 1 },
        rules: { 'vague-deadline': 1, 'no-owner': 1 },
      }),
    ]);
    const [week] = await loadRecentWeeks(db, monday, 'UTC', 1);
    expect(week?.categories).toEqual({ ask: 0, deadline: 3, recipient: 1, context: 0, style: 0 });
    expect(topRules(week!, 3)).toEqual([
      { rule: 'vague-deadline', count: 3 },
      { rule: 'no-owner', count: 1 },
    ]);
    expect(week?.sites).toEqual({ slack: { count: 1, scoreSum: 100 }, gmail: { count: 2, scoreSum: 127 } });
    expect(week?.bands[9]).toBe(1);
    expect(week?.bands[7]).toBe(1);
    expect(week?.bands[5]).toBe(1);
  });

  it('covers every week from the first message to now, and the days of a chosen week', async () => {
    const db = await dbWith([
      entryAt(at('2025-01-01T10:00:00Z'), 80), // Wednesday
      entryAt(at('2025-01-03T10:00:00Z'), 60), // Friday
      entryAt(at('2025-02-03T10:00:00Z'), 90),
    ]);
    const { weeks, entries } = await loadAllWeeks(db, at('2025-02-04T00:00:00Z'), 'UTC');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]?.start).toBe(at('2024-12-30T00:00:00Z'));
    expect(weeks.map((w) => w.count)).toEqual([2, 0, 0, 0, 0, 1]);
    const days = tallyDays(entries, weeks[0]!.start, 'UTC');
    expect(days.map((d) => d.count)).toEqual([0, 0, 1, 0, 1, 0, 0]);
  });

  it('reads one site through its index range', async () => {
    const db = await dbWith([entryAt(1000, 50, { site: 'slack' }), entryAt(2000, 90, { site: 'gmail' })]);
    const { weeks } = await loadAllWeeks(db, 3000, 'UTC', 'slack');
    expect(weeks.map((w) => averageScore(w))).toEqual([50]);
  });
});
