/**
 * How each of a chart's series is told apart without relying on colour alone: an Okabe–Ito colour (theme.css
 * `--series-N`), a dash pattern and a marker shape. Five series, five of each, so no two series look alike.
 */
const STYLES = [
  { dash: '', marker: 'circle' },
  { dash: '7 4', marker: 'square' },
  { dash: '2 3', marker: 'triangle' },
  { dash: '9 3 2 3', marker: 'diamond' },
  { dash: '4 2', marker: 'cross' },
] as const;

export const SERIES_STYLES = STYLES.length;

export type MarkerShape = (typeof STYLES)[number]['marker'];

export function seriesStyle(index: number): { colour: string; dash: string; marker: MarkerShape } {
  const style = STYLES[index % STYLES.length]!;
  return { colour: `var(--series-${(index % STYLES.length) + 1})`, ...style };
}

/** A marker of `shape` centred on (x, y), `r` its half-width; drawn in the current stroke/fill. */
export function Marker({ shape, x, y, r = 3.5 }: { shape: MarkerShape; x: number; y: number; r?: number }) {
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} />;
    case 'square':
      return <rect x={x - r * 0.85} y={y - r * 0.85} width={r * 1.7} height={r * 1.7} />;
    case 'triangle':
      return <path d={`M${x} ${y - r * 1.1}L${x + r} ${y + r * 0.8}L${x - r} ${y + r * 0.8}Z`} />;
    case 'diamond':
      return <path d={`M${x} ${y - r * 1.2}L${x + r * 1.1} ${y}L${x} ${y + r * 1.2}L${x - r * 1.1} ${y}Z`} />;
    case 'cross':
      return (
        <path
          d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`}
          fill="none"
          stroke-width="2"
        />
      );
  }
}

/** The legend's swatch: a short stretch of the series' line with its marker, as drawn in the chart. */
export function Swatch({ index }: { index: number }) {
  const { colour, dash, marker } = seriesStyle(index);
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" stroke={colour} fill={colour}>
      <line x1="1" x2="27" y1="6" y2="6" stroke-width="2" stroke-dasharray={dash || undefined} />
      <Marker shape={marker} x={14} y={6} />
    </svg>
  );
}
