import { siteLabel } from '../../lib/history/sites';
import { CATEGORY_LABELS } from '../../lib/history/tips';
import { LineChart } from '../charts/line-chart';
import type { OverTime } from './report-model';

/** The weekly score over time, per site and per category, with the chosen week marked. */
export function ReportCharts({
  over,
  labels,
  selected,
}: {
  over: OverTime;
  labels: string[];
  selected: number;
}) {
  const maxPerMessage = Math.max(1, ...over.categories.flatMap((c) => c.values.map((v) => v ?? 0)));
  return (
    <section class="over-time" aria-labelledby="over-time">
      <h2 id="over-time">Over time</h2>
      <LineChart
        title="Average clarity score per week"
        labels={labels}
        series={[{ name: 'All sites', values: over.score }]}
        highlight={selected}
        width={680}
        height={200}
      />
      {over.sites.length > 1 && (
        <LineChart
          title="Average score per site"
          labels={labels}
          series={over.sites.map((s) => ({ name: siteLabel(s.site), values: s.values }))}
          highlight={selected}
          width={680}
          height={200}
        />
      )}
      <LineChart
        title="Findings per message, by kind"
        labels={labels}
        series={over.categories.map((c) => ({ name: CATEGORY_LABELS[c.category], values: c.values }))}
        max={Math.ceil(maxPerMessage)}
        highlight={selected}
        width={680}
        height={200}
      />
    </section>
  );
}
