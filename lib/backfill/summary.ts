import { dateLabel } from '../analysis/facts/format-date';
import type { BackfillOutcome } from './protocol';

const count = (n: number) => n.toLocaleString('en-US');
const messages = (n: number) => `${count(n)} ${n === 1 ? 'message' : 'messages'}`;

/** Names up to three files, then how many more: "a.mbox, b.zip and 2 more". */
function fileList(names: readonly string[]): string {
  if (names.length <= 3) return names.join(names.length === 2 ? ' and ' : ', ');
  return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/**
 * The sentence a backfill ends with: "4,812 messages from 1 Sep to 30 Nov added; 37 skipped: not sent by you."
 * Dates are days in the user's timezone. Only the counts that happened are mentioned.
 */
export function backfillSummary(outcome: BackfillOutcome, timeZone: string): string {
  const parts: string[] = [];
  if (outcome.added > 0 && outcome.first !== undefined && outcome.last !== undefined) {
    const from = dateLabel(outcome.first, timeZone);
    const to = dateLabel(outcome.last, timeZone);
    parts.push(`${messages(outcome.added)} ${from === to ? `from ${from}` : `from ${from} to ${to}`} added`);
  } else parts.push('No messages added');
  if (outcome.notYours) parts.push(`${count(outcome.notYours)} skipped: not sent by you`);
  if (outcome.sentLive)
    parts.push(
      `${count(outcome.sentLive)} already recorded when you sent ${outcome.sentLive === 1 ? 'it' : 'them'}`,
    );
  if (outcome.already) parts.push(`${count(outcome.already)} already in your history`);
  if (outcome.empty) parts.push(`${count(outcome.empty)} skipped: nothing written to score`);
  const sentence = `${parts.join('; ')}.`;
  if (outcome.error)
    return `${sentence} Stopped: ${outcome.error} Not imported: ${fileList(outcome.notImported)}.`;
  if (outcome.cancelled)
    return `Cancelled. ${sentence}${outcome.notImported.length ? ` Not imported: ${fileList(outcome.notImported)}.` : ''}`;
  return sentence;
}
