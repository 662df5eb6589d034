import { mergeEntries, parseHistoryExport } from './exchange';
import type { ImportOutcome, ImportProgress, ImportRequest } from './import-protocol';
import { toHistoryError } from './open';
import type { HistoryDb } from './types';

/**
 * One import from start to end, as the import worker runs it: read the file, check every entry, then write the
 * new ones in one transaction (`mergeEntries`). Nothing is written unless the whole file checked out. Never throws.
 */
export async function runImport(
  request: ImportRequest,
  openDb: () => Promise<HistoryDb>,
  progress: (at: ImportProgress) => void,
): Promise<ImportOutcome> {
  progress({ phase: 'reading', bytes: request.file.size });
  let text: string;
  try {
    text = await request.file.text();
  } catch (error) {
    return { type: 'invalid', error: `file: could not be read (${describeError(error)})` };
  }
  const parsed = await parseHistoryExport(text, {
    now: request.now,
    onProgress: (done, total) => progress({ phase: 'checking', done, total }),
  });
  if (!parsed.ok) return { type: 'invalid', error: parsed.error };
  progress({ phase: 'checking', done: parsed.entries.length, total: parsed.entries.length });
  try {
    const db = await openDb();
    try {
      const { added, skipped } = await mergeEntries(db, parsed.entries, {
        onProgress: (done, total) => progress({ phase: 'writing', done, total }),
      });
      return { type: 'imported', added, skipped, dropped: parsed.dropped };
    } finally {
      db.close();
    }
  } catch (error) {
    return { type: 'unsaved', problem: toHistoryError(error).problem };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
