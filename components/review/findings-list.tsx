import { ruleName } from '../../lib/analysis/rule-text';
import { SEVERITY_WORD } from '../../lib/analysis/severity-word';
import type { DocumentReview } from '../../lib/review/types';

/** The document's findings, most severe first, each named as the cards name it, with the words it is about. */
export function FindingsList({ findings }: { findings: DocumentReview['findings'] }) {
  if (findings.length === 0) return <p class="empty">No findings: this document reads clearly.</p>;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start);
  return (
    <ul class="findings">
      {sorted.map((finding) => (
        <li key={`${finding.rule}-${finding.start}`} class="finding" data-severity={finding.severity}>
          <span class="severity">
            {SEVERITY_WORD[finding.severity]} · {ruleName(finding.rule)}
          </span>{' '}
          <span class="message">{finding.message}</span>
          {finding.excerpt && <q class="excerpt">{finding.excerpt}</q>}
        </li>
      ))}
    </ul>
  );
}
