import type { Draft, Report } from '../../analysis/types';

/** One checked draft, as every output format receives it. */
export interface CheckedDraft {
  /** The path given on the command line (after glob expansion), `-` for stdin. */
  file: string;
  /** The draft's index in its file, and how many drafts the file holds (a .json file can hold several). */
  index: number;
  count: number;
  /** The 1-based line of the file where draft.text begins; absent when the text does not map onto lines (.json). */
  firstLine?: number;
  draft: Draft;
  report: Report;
}

export const labelOf = (c: Pick<CheckedDraft, 'file' | 'index' | 'count'>): string =>
  c.count > 1 ? `${c.file}[${c.index}]` : c.file;

/** Line and column (1-based, UTF-16 units) in the file of an offset into the draft's text. */
export function filePosition(c: CheckedDraft, offset: number): { line: number; column: number } | undefined {
  if (c.firstLine === undefined) return undefined;
  const before = c.draft.text.slice(0, offset).split('\n');
  return { line: c.firstLine + before.length - 1, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
