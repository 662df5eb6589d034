import type { HistoryExport } from '../../lib/history/exchange';
import type { HistoryEntry } from '../../lib/history/types';

const DAY = 86_400_000;
const SITES = ['gmail', 'slack', 'notion'] as const;
/** Rules a realistic week trips, with their categories: what the charts and "to work on" lists show. */
const TRIPS = [
  ['vague-deadline', 'deadline'],
  ['no-owner', 'recipient'],
  ['dangling-reference', 'context'],
  ['missing-deadline', 'deadline'],
  ['buried-ask', 'ask'],
  ['long-sentence', 'style'],
  ['deadline-timezone', 'deadline'],
] as const;

/**
 * Ten weeks of sends on three sites, as a history export file (the format the report page imports), so the
 * gallery's popup and report show what a user who has used Clearsend for a while sees. Deterministic: the same
 * `now` gives the same file, and scores improve over the weeks as a writer's would.
 */
export function seedHistory(now: number): HistoryExport {
  const entries: HistoryEntry[] = [];
  for (let i = 0; i < 70; i++) {
    const daysAgo = 69 - i;
    const trips = TRIPS.filter((_, r) => (i * 7 + r * 3) % (5 + r) === 0);
    const categories: HistoryEntry['categories'] = {};
    const rules: Record<string, number> = {};
    for (const [rule, category] of trips) {
      rules[rule] = 1;
      categories[category] = (categories[category] ?? 0) + 1;
    }
    const score = Math.max(20, Math.min(100, 60 + Math.round(i / 3) - trips.length * 9 + ((i * 37) % 13)));
    entries.push({
      key: `gallery-${i}`,
      time: now - daysAgo * DAY - ((i * 5) % 9) * 3_600_000,
      site: SITES[i % 3]!,
      score,
      words: 30 + ((i * 17) % 120),
      categories,
      rules,
      fixes: i % 4 === 0 ? 1 : 0,
    });
  }
  return { format: 'clearsend-history', version: 1, exportedAt: new Date(now).toISOString(), entries };
}
