import { useId } from 'preact/hooks';
import { ChartTable } from './chart-table';
import type { Series } from './series';
import { Marker, Swatch, seriesStyle } from './series-style';
import { axisTicks, segments } from './ticks';

interface Props {
  title: string;
  labels: string[];
  series: Series[];
  /** The y axis runs from 0 to this (scores: 100). */
  max?: number;
  /** Drawn at this many CSS pixels (narrower screens scale it down), so its text is the page's small size. */
  width?: number;
  height?: number;
  /** Index of a label to mark (the selected week). */
  highlight?: number;
}

const PAD = { top: 10, right: 12, bottom: 24, left: 36 };
/** Below this spacing between points, markers would pile up: the lines' dash patterns tell series apart. */
const MARKER_ROOM = 9;

/** An SVG line chart: each series its own colour, dash and marker, with a legend; screen readers get a table. */
export function LineChart({ title, labels, series, max = 100, width = 640, height = 180, highlight }: Props) {
  const id = useId();
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const step = labels.length < 2 ? 0 : innerW / (labels.length - 1);
  const x = (i: number) => PAD.left + (labels.length < 2 ? innerW / 2 : i * step);
  const y = (v: number) => PAD.top + innerH - (Math.min(v, max) / max) * innerH;
  const markers = labels.length < 2 || step >= MARKER_ROOM;
  const band = Math.max(4, Math.min(16, step));

  return (
    <figure class="chart" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
      >
        <title>{title}</title>
        {highlight !== undefined && highlight >= 0 && (
          <rect class="selected" x={x(highlight) - band / 2} y={PAD.top} width={band} height={innerH} />
        )}
        {[0, max / 2, max].map((t) => (
          <g key={t}>
            <line class="grid" x1={PAD.left} x2={width - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 6} y={y(t)} text-anchor="end" dominant-baseline="middle">
              {Number(t.toFixed(2))}
            </text>
          </g>
        ))}
        {series.map((s, n) => {
          const { colour, dash, marker } = seriesStyle(n);
          return (
            <g key={s.name} stroke={colour} fill={colour} class="series">
              {segments(s.values).map((run) => (
                <polyline
                  key={run[0]}
                  fill="none"
                  stroke-width="2"
                  stroke-dasharray={dash || undefined}
                  points={run.map((i) => `${x(i)},${y(s.values[i]!)}`).join(' ')}
                />
              ))}
              {markers &&
                s.values.map((v, i) =>
                  v === null ? null : <Marker key={labels[i]} shape={marker} x={x(i)} y={y(v)} />,
                )}
            </g>
          );
        })}
        {axisTicks(labels.length, innerW).map((i) => (
          <text
            key={i}
            x={x(i)}
            y={height - 6}
            text-anchor={
              labels.length < 2 ? 'middle' : i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle'
            }
          >
            {labels[i]}
          </text>
        ))}
      </svg>
      {series.length > 1 && (
        <ul class="legend">
          {series.map((s, n) => (
            <li key={s.name}>
              <Swatch index={n} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <ChartTable id={`${id}-d`} title={title} labels={labels} series={series} />
    </figure>
  );
}
