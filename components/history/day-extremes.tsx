import { dayLabel } from '../../lib/analysis/facts/format-date';
import { averageScore } from '../../lib/history/tally';
import { plural } from './plural';
import type { DayExtremes as Extremes } from './report-model';

/** "Best: Mon 30 Nov … Worst: Tue 1 Dec …", or what there is to say when there is no contrast. */
export function DayExtremes({ extremes, timeZone }: { extremes: Extremes; timeZone: string }) {
  const day = (tally: { start: number }) => <strong>{dayLabel(tally.start, timeZone)}</strong>;
  return (
    <section aria-labelledby="days">
      <h3 id="days">Best and worst days</h3>
      {extremes.kind === 'one-day' && (
        <p>
          All this week's messages were sent on one day, {day(extremes.day)}: average{' '}
          {averageScore(extremes.day)} over {plural(extremes.day.count, 'message')}.
        </p>
      )}
      {extremes.kind === 'all-equal' && (
        <p>
          Every day averaged {extremes.average}, over {plural(extremes.days, 'day')} with messages.
        </p>
      )}
      {extremes.kind === 'contrast' && (
        <p>
          Best: {day(extremes.best)}, average {averageScore(extremes.best)} over{' '}
          {plural(extremes.best.count, 'message')}.
          <br />
          Worst: {day(extremes.worst)}, average {averageScore(extremes.worst)} over{' '}
          {plural(extremes.worst.count, 'message')}.
        </p>
      )}
    </section>
  );
}
