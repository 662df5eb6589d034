import type { BackfillReport } from '../../lib/backfill/protocol';

const count = (n: number) => n.toLocaleString('en-US');

function timeLeft(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** "Importing Sent.mbox… 1,204 of 4,812 messages · 310 a second · about 12 s left". */
export function importProgressText(progress: Extract<BackfillReport, { type: 'progress' }>): string {
  const { file, done, total, elapsedMs } = progress;
  const head = `Importing ${file}… ${count(done)} of ${count(total)} messages`;
  if (done === 0 || elapsedMs <= 0) return head;
  const rate = done / (elapsedMs / 1000);
  return `${head} · ${count(Math.round(rate))} a second · ${timeLeft((total - done) / rate)}`;
}

/** "Reading Sent.mbox… 1,204 messages found". */
export function scanProgressText(progress: Extract<BackfillReport, { type: 'scanning' }>): string {
  return `Reading ${progress.file}… ${count(progress.messages)} messages found`;
}
