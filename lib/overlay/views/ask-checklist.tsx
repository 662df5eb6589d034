import type { ChecklistRow } from '../checklist-rows';

/** What / Who / When / Why for one task ask: what the reader would otherwise have to ask back. */
export function AskChecklistItem({ rows }: { rows: readonly ChecklistRow[] }) {
  return (
    <li class="ask">
      <dl>
        {rows.map((row) => (
          <div key={row.label} class={row.missing ? 'row missing' : 'row'}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
