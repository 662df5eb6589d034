import type { ComponentChildren } from 'preact';
import { dateLabel as weekLabel } from '../../lib/analysis/facts/format-date';
import type { Site } from '../../lib/analysis/types';
import { type FullHistory, tallyDays } from '../../lib/history/load';
import type { StorageProblem } from '../../lib/history/open';
import { siteLabel } from '../../lib/history/sites';
import { averageScore } from '../../lib/history/tally';
import { AfterFirstPaint } from '../common/after-first-paint';
import { StorageNotice } from '../common/storage-notice';
import { DataTools, type DataToolsProps } from './data-tools';
import { plural } from './plural';
import { ReportCharts } from './report-charts';
import { type RuleExample, seriesOverTime } from './report-model';
import { WeekDetails } from './week-details';

export interface ReportProps extends DataToolsProps {
  history: FullHistory | null;
  problem: StorageProblem | null;
  rules: RuleExample[];
  timeZone: string;
  site: Site | null;
  selected: number;
  onSelect(week: number): void;
  onSite(site: Site | null): void;
  /** What the site filter offers (`siteChoices` of the whole history). */
  sites: readonly Site[];
  /** The "Import sent messages" panel (components/history/backfill-panel.tsx), above the data tools. */
  backfill?: ComponentChildren;
}

export function ReportView(props: ReportProps) {
  const { history, selected, timeZone } = props;
  const week = history?.weeks[selected];
  const labels = history?.weeks.map((w) => weekLabel(w.start, timeZone)) ?? [];
  const empty = history !== null && history.entries.length === 0 && props.site === null;
  return (
    <main class="report">
      <h1>Your clarity report</h1>
      <StorageNotice problem={props.problem} />
      {empty && (
        <p class="empty">
          Nothing recorded yet. Send a message from Gmail, Slack or Notion and its clarity score will show up
          here, week by week.
        </p>
      )}
      {history && week && !empty && (
        <>
          <div class="pickers">
            <label>
              Week{' '}
              <select value={selected} onChange={(e) => props.onSelect(Number(e.currentTarget.value))}>
                {history.weeks.map((w, i) => (
                  <option key={w.start} value={i}>
                    Week of {labels[i]} ({plural(w.count, 'message')})
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={selected === 0} onClick={() => props.onSelect(selected - 1)}>
              ← Earlier
            </button>
            <button
              type="button"
              disabled={selected === history.weeks.length - 1}
              onClick={() => props.onSelect(selected + 1)}
            >
              Later →
            </button>
            <label>
              Site{' '}
              <select
                value={props.site ?? ''}
                onChange={(e) => props.onSite((e.currentTarget.value || null) as Site | null)}
              >
                <option value="">All sites</option>
                {props.sites.map((s) => (
                  <option key={s} value={s}>
                    {siteLabel(s)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <section class="week-summary" aria-labelledby="week-title">
            <h2 id="week-title">Week of {labels[selected]}</h2>
            <p class="big">
              <span class="score">{averageScore(week) ?? '–'}</span>{' '}
              <span>
                average clarity score · {plural(week.count, 'message')} checked ·{' '}
                {plural(week.fixes, 'fix', 'fixes')} applied
              </span>
            </p>
            <WeekDetails
              week={week}
              days={tallyDays(history.entries, week.start, timeZone)}
              rules={props.rules}
              timeZone={timeZone}
            />
          </section>
          <AfterFirstPaint>
            <ReportCharts over={seriesOverTime(history)} labels={labels} selected={selected} />
          </AfterFirstPaint>
        </>
      )}
      {props.backfill}
      <DataTools
        total={props.total}
        onExport={props.onExport}
        onImport={props.onImport}
        onDeleteAll={props.onDeleteAll}
      />
    </main>
  );
}
