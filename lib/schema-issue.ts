import type * as v from 'valibot';

/**
 * The one way a schema's refusal reads, for every file and text Clearsend takes in:
 * `rules.vague-deadline: expected "off" | …` — dots for keys, [n] for list positions, after `prefix` (where the
 * checked value sits in a larger input, e.g. `entries[3]`). `whole` names the input when the issue is with it
 * as a whole ("file"); without it such an issue is just its message.
 */
export function describeIssue(
  first: v.BaseIssue<unknown> | undefined,
  options: { prefix?: string; whole?: string } = {},
): string {
  if (!first) return options.whole ? `${options.whole}: invalid` : 'invalid';
  const issue = deepest(first);
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('');
  const where = `${options.prefix ?? ''}${path}`.replace(/^\./, '') || options.whole;
  return where ? `${where}: ${plainMessage(issue)}` : plainMessage(issue);
}

// A union ("warning" or { severity }) reports one issue per option; the one deepest in the document says
// most precisely what is wrong (e.g. `rules.x.severity` rather than `rules.x`).
function deepest(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  const nested = (issue.issues ?? []).map(deepest);
  const best = nested.reduce<v.BaseIssue<unknown> | undefined>(
    (a, b) => (!a || (b.path?.length ?? 0) > (a.path?.length ?? 0) ? b : a),
    undefined,
  );
  return best && (best.path?.length ?? 0) > (issue.path?.length ?? 0) ? best : issue;
}

function plainMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.expected === 'never') return 'unknown field';
  if (issue.type === 'object' || issue.type === 'strict_object') {
    if (issue.received === 'undefined') return 'required';
  }
  return issue.message;
}
