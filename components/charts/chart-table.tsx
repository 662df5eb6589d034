import type { Series } from './series';

/** The chart's numbers as a table, for screen readers (the picture is `role="img"`, described by this). */
export function ChartTable({
  id,
  title,
  labels,
  series,
}: {
  id: string;
  title: string;
  labels: string[];
  series: Series[];
}) {
  return (
    <table id={id} class="visually-hidden">
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
  );
}
