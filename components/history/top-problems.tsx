import type { Problem } from '../../lib/history/summary';
import { ruleLabel } from '../../lib/history/tips';

export function TopProblems({ problems }: { problems: Problem[] }) {
  if (!problems.length) return <p class="muted">No problems found in this week's messages. Nice.</p>;
  return (
    <section aria-labelledby="top-problems">
      <h3 id="top-problems">To work on</h3>
      <ol class="problems">
        {problems.map((p) => (
          <li key={p.rule}>
            <strong>{ruleLabel(p.rule)}</strong> <span class="muted">×{p.count}</span>
            <br />
            {p.tip}
          </li>
        ))}
      </ol>
    </section>
  );
}
