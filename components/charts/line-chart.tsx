import { useId } from 'preact/hooks';

export interface Series {
  name: string;
  /** One value per label; null where there is nothing to plot (a week without messages). */
  values: (number | null)[];
}

interface Props {
  title: string;
  labels: string[];
  series: Series[];
  /** The y axis runs from 0 to this (scores: 100). */
  max?: number;
  height?: number;
  /** Index of a label to mark (the selected week). */
  highlight?: number;
}

const WIDTH = 320;
const PAD = { top: 8, right: 8, bottom: 18, left: 26 };

/** A small SVG line chart; screen readers get the same numbers as a table. */
export function LineChart({ title, labels, series, max = 100, height = 120, highlight }: Props) {
  const id = useId();
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length < 2 ? innerW / 2 : (i * innerW) / (labels.length - 1));
  const y = (v: number) => PAD.top + innerH - (Math.min(v, max) / max) * innerH;
  const ticks = [0, max / 2, max];

  return (
    <figure class="chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
      >
        <title>{title}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="var(--line)" />
            <text x={PAD.left - 4} y={y(t) + 3} text-anchor="end" font-size="9" fill="var(--muted)">
              {t}
            </text>
          </g>
        ))}
        {highlight !== undefined && highlight >= 0 && (
          <rect
            x={x(highlight) - 6}
            y={PAD.top}
            width={12}
            height={innerH}
            fill="var(--panel)"
            stroke="var(--line)"
          />
        )}
        {series.map((s, n) => (
          <g key={s.name} stroke={`var(--series-${(n % 4) + 1})`} fill={`var(--series-${(n % 4) + 1})`}>
            {segments(s.values).map((run) => (
              <polyline
                key={run[0]}
                fill="none"
                stroke-width="2"
                points={run.map((i) => `${x(i)},${y(s.values[i]!)}`).join(' ')}
              />
            ))}
            {s.values.map((v, i) =>
              v === null ? null : <circle key={labels[i]} cx={x(i)} cy={y(v)} r="2.5" />,
            )}
          </g>
        ))}
        {[0, labels.length - 1]
          .filter((i, k, all) => i >= 0 && all.indexOf(i) === k)
          .map((i) => (
            <text
              key={i}
              x={x(i)}
              y={height - 4}
              text-anchor={i === 0 && labels.length > 1 ? 'start' : 'end'}
              font-size="9"
              fill="var(--muted)"
            >
              {labels[i]}
            </text>
          ))}
      </svg>
      {series.length > 1 && (
        <ul class="legend">
          {series.map((s, n) => (
            <li key={s.name} style={{ '--swatch': `var(--series-${(n % 4) + 1})` }}>
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <table id={`${id}-d`} class="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            {series.map((s) => (
              <th key={s.name} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.name}>{s.values[i] ?? 'no messages'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Runs of consecutive indexes with a value, so a week without messages leaves a gap, not a fake zero. */
function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length) runs.push(run);
  return runs;
}
