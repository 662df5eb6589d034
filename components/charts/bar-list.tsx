export interface Bar {
  label: string;
  value: number;
  /** Shown instead of the raw value (e.g. "3 findings"). */
  text?: string;
}

/** Horizontal bars with their numbers written out, so the list reads the same with or without sight. */
export function BarList({ title, bars, max }: { title: string; bars: Bar[]; max?: number }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure class="bars">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.label}>
            <span class="bar-label">{bar.label}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={{ width: `${(bar.value / top) * 100}%` }} />
            </span>
            <span class="bar-value">{bar.text ?? bar.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
