import type { ImportOutcome, ImportProgress } from '../../lib/history/import-protocol';
import { PROBLEM_TEXT } from '../../lib/history/open';

const count = (n: number) => n.toLocaleString('en');

/** What a running import says in the status line: the phase, how many of how many, and the percent. */
export function progressText(progress: ImportProgress): string {
  if (progress.phase === 'reading') {
    const mb = progress.bytes / 1_000_000;
    return `Reading the file${mb >= 1 ? ` (${mb.toFixed(mb >= 10 ? 0 : 1)} MB)` : ''}…`;
  }
  const percent = progress.total ? Math.floor((progress.done / progress.total) * 100) : 100;
  const doing = progress.phase === 'checking' ? 'Checking the file…' : 'Importing…';
  const what = progress.phase === 'checking' ? 'messages checked' : 'new messages written';
  return `${doing} ${count(progress.done)} of ${count(progress.total)} ${what} (${percent}%)`;
}

/** The sentence an import ends with; `ok: false` means nothing was changed. */
export function outcomeText(outcome: ImportOutcome): { ok: boolean; message: string } {
  if (outcome.type === 'invalid') return { ok: false, message: `Nothing was imported. ${outcome.error}` };
  if (outcome.type === 'unsaved')
    return { ok: false, message: `Nothing was imported: ${PROBLEM_TEXT[outcome.problem]}` };
  const { dropped } = outcome;
  const left = dropped.length
    ? ` Left out ${dropped.length === 1 ? 'a key' : 'keys'} no history may hold: ${dropped.slice(0, 5).join(', ')}${dropped.length > 5 ? ` and ${dropped.length - 5} more` : ''}.`
    : '';
  return {
    ok: true,
    message: `Imported ${count(outcome.added)} new messages (${count(outcome.skipped)} were already here).${left}`,
  };
}
