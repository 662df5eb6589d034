import type { AskChecklist, Finding } from '../../analysis/types';
import { describeAsk } from '../checklist-rows';

/** What / Who / When / Why for one task ask: what the reader would otherwise have to ask back. */
export function AskChecklistItem({ item, findings }: { item: AskChecklist; findings: readonly Finding[] }) {
  return (
    <li class="ask">
      <dl>
        {describeAsk(item, findings).map((row) => (
          <div key={row.label} class={row.missing ? 'row missing' : 'row'}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </li>
  );
}
