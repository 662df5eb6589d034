import type { StorageProblem } from './open';

/** What the report page hands the import worker: the chosen file, unread, and the clock to bound dates by. */
export interface ImportRequest {
  file: Blob;
  now: number;
}

/** How far an import is: reading the file (no count yet), checking its entries, writing the new ones. */
export type ImportProgress =
  | { phase: 'reading'; bytes: number }
  | { phase: 'checking' | 'writing'; done: number; total: number };

/** How an import ended. Every outcome but `imported` changed nothing. */
export type ImportOutcome =
  | { type: 'imported'; added: number; skipped: number; dropped: string[] }
  | { type: 'invalid'; error: string }
  | { type: 'unsaved'; problem: StorageProblem };

/** Each message the worker posts back: progress any number of times, then one outcome. */
export type ImportReport = { type: 'progress'; progress: ImportProgress } | ImportOutcome;
