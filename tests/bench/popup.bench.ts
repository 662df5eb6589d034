// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { bench, describe } from 'vitest';
import { PopupView } from '../../components/history/popup-view';
import { siteChoices } from '../../components/history/report-model';
import { ReportView } from '../../components/history/report-view';
import { mergeEntries } from '../../lib/history/exchange';
import { loadAllWeeks, loadRecentWeeks } from '../../lib/history/load';
import { openHistory } from '../../lib/history/open';
import { summarizeWeeks } from '../../lib/history/summary';
import type { HistoryDb, HistoryEntry } from '../../lib/history/types';
import { buildWeekTotals } from '../../lib/history/week-totals';

const NOW = Date.parse('2025-06-05T12:00:00Z');
const TZ = 'Europe/Berlin';
const RULES = ['vague-deadline', 'no-owner', 'dangling-reference', 'long-sentence', 'missing-deadline'];
const CATS = ['deadline', 'recipient', 'context', 'style', 'deadline'] as const;

/** `count` entries spread evenly over `days` days up to NOW, with a varied mix of scores and findings. */
function entries(count: number, days: number): HistoryEntry[] {
  const step = (days * 86_400_000) / count;
  return Array.from({ length: count }, (_, i) => {
    const r = i % 5;
    return {
      key: `bench-${i}`,
      time: Math.round(NOW - days * 86_400_000 + i * step),
      site: (['gmail', 'slack', 'notion'] as const)[i % 3]!,
      kind: 'email',
      score: 40 + ((i * 37) % 61),
      words: 20 + (i % 200),
      categories: { [CATS[r]!]: 1 + (i % 2) },
      rules: { [RULES[r]!]: 1 + (i % 2) },
      fixes: i % 3 === 0 ? 1 : 0,
    };
  });
}

async function seeded(count: number, days: number): Promise<HistoryDb> {
  const db = await openHistory(`bench-${count}-${days}`);
  if ((await db.count('entries')) === 0) await mergeEntries(db, entries(count, days));
  await buildWeekTotals(db, TZ); // the popup keeps weekly totals for the user's timezone
  return db;
}

const noop = () => undefined;
const popupDb = seeded(10_000, 84); // worst case for the popup: all 10,000 inside its 12 weeks
const reportDb = seeded(50_000, 4 * 365);

describe('first render', () => {
  bench(
    'popup: aggregate 10,000 entries + render',
    async () => {
      const summary = summarizeWeeks(await loadRecentWeeks(await popupDb, NOW, TZ));
      const root = document.createElement('div');
      render(
        h(PopupView, {
          site: 'gmail',
          tab: {},
          pause: { paused: false, pausedSites: [] },
          seen: null,
          presetName: 'Balanced',
          summary,
          problem: null,
          timeZone: TZ,
          onPauseAll: noop,
          onPauseSite: noop,
          onOpenReport: noop,
          onOpenOptions: noop,
        }),
        root,
      );
      if (!root.textContent?.includes('checked this week')) throw new Error('popup did not render');
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    'report: aggregate 50,000 entries (4 years) + render',
    async () => {
      const history = await loadAllWeeks(await reportDb, NOW, TZ);
      const root = document.createElement('div');
      render(
        h(ReportView, {
          history,
          problem: null,
          rules: [],
          timeZone: TZ,
          site: null,
          sites: siteChoices(history),
          selected: history.weeks.length - 1,
          onSelect: noop,
          onSite: noop,
          total: history.entries.length,
          onExport: noop,
          onImport: async () => ({ ok: true, message: '' }),
          onDeleteAll: async () => undefined,
        }),
        root,
      );
      if (!root.textContent?.includes('average clarity score')) throw new Error('report did not render');
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
