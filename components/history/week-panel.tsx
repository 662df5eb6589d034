import { dateLabel as weekLabel } from '../../lib/analysis/facts/format-date';
import { weekMarkdown } from '../../lib/history/share';
import { changeSentence, checkedSentence, type WeekSummary } from '../../lib/history/summary';
import { CATEGORY_LABELS } from '../../lib/history/tips';
import { BarList } from '../charts/bar-list';
import { LineChart } from '../charts/line-chart';
import { ShareButton } from './share-button';
import { TopProblems } from './top-problems';

/** This week against last, the 12-week trend, the split by category and what to work on. */
export function WeekPanel({ summary, timeZone }: { summary: WeekSummary; timeZone: string }) {
  const { average, change } = summary;
  const findings = summary.categories.reduce((sum, c) => sum + c.count, 0);
  return (
    <section class="week" aria-label="Your week">
      <div class="score-line">
        <span class="score">
          {average ?? '–'}
          <span class="visually-hidden">{average === null ? ' no score yet' : ' out of 100'}</span>
        </span>
        <span>
          <strong>This week</strong>
          <br />
          <span class={change === null || change === 0 ? 'muted' : change > 0 ? 'good' : 'bad'}>
            {average === null ? `last week: ${summary.lastAverage ?? '–'}` : changeSentence(change)}
          </span>
        </span>
      </div>
      <p class="checked">{checkedSentence(summary.count)}</p>
      <LineChart
        title="Average score, last 12 weeks"
        labels={summary.trend.map((w) => weekLabel(w.start, timeZone))}
        series={[{ name: 'Average score', values: summary.trend.map((w) => w.average) }]}
        width={328}
        height={130}
      />
      {findings > 0 && (
        <BarList
          title="Findings this week, by kind"
          bars={summary.categories.map((c) => ({ label: CATEGORY_LABELS[c.category], value: c.count }))}
        />
      )}
      {summary.count > 0 && <TopProblems problems={summary.problems} />}
      <ShareButton label="Share my week" text={() => weekMarkdown(summary, timeZone)} />
    </section>
  );
}
