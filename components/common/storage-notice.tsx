import { PROBLEM_TEXT, type StorageProblem } from '../../lib/history/open';

/** Says plainly that history is not being kept, and that checking while writing is unaffected. */
export function StorageNotice({ problem }: { problem: StorageProblem | null }) {
  if (!problem) return null;
  return (
    <p class="notice" role="alert">
      {PROBLEM_TEXT[problem]} Checking your messages while you write still works.
    </p>
  );
}
