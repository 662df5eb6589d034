import { topRules } from '../../lib/history/tally';
import { ruleLabel, tipFor } from '../../lib/history/tips';
import type { Tally } from '../../lib/history/types';
import { BarList } from '../charts/bar-list';
import { freshExampleDates } from '../common/example-dates';
import { DayExtremes } from './day-extremes';
import { plural } from './plural';
import { bestAndWorstDays, type RuleExample } from './report-model';

interface Props {
  week: Tally;
  days: Tally[];
  rules: RuleExample[];
  timeZone: string;
}

const BANDS = ['0–9', '10–19', '20–29', '30–39', '40–49', '50–59', '60–69', '70–79', '80–89', '90–100'];

/** The chosen week: how scores were spread, which rules came up most (and what they mean), best and worst day. */
export function WeekDetails({ week, days, rules, timeZone }: Props) {
  if (!week.count) return <p class="muted">No messages were checked in this week.</p>;
  const extremes = bestAndWorstDays(days);
  const now = new Date();
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (
    <div class="week-details">
      <BarList
        title="How this week's messages scored"
        bars={BANDS.map((label, i) => ({
          label,
          value: week.bands[i]!,
          text: plural(week.bands[i]!, 'message'),
        }))}
      />
      <section aria-labelledby="frequent-rules">
        <h3 id="frequent-rules">Most frequent problems</h3>
        {topRules(week, 5).length === 0 ? (
          <p>No problems found this week.</p>
        ) : (
          <ol class="rules">
            {topRules(week, 5).map(({ rule, count }) => {
              const info = byId.get(rule);
              return (
                <li key={rule}>
                  <strong>{ruleLabel(rule)}</strong> <span class="muted">{plural(count, 'time')}</span>
                  <p>{info?.description ?? tipFor(rule)}</p>
                  {info?.example && (
                    <p class="example">
                      <span class="bad">Instead of:</span> “{freshExampleDates(info.example.bad, now)}”{' '}
                      <span class="good">write:</span> “{freshExampleDates(info.example.good, now)}”
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {extremes && <DayExtremes extremes={extremes} timeZone={timeZone} />}
    </div>
  );
}
