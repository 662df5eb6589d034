import type { Draft, Report } from '../analysis/types';
import { buildEntry, type SendFacts } from './entry';
import { toHistoryError } from './open';
import { recordEntry } from './record';
import { reportProblem } from './status';
import type { HistoryDb } from './types';

/**
 * Records one send. Writing a message must never fail because history did: any storage failure (quota, a
 * blocked upgrade) is kept for the popup to show, and the send is simply not recorded.
 */
export async function recordSend(
  db: HistoryDb | Promise<HistoryDb>,
  draft: Draft,
  report: Report,
  facts: SendFacts,
): Promise<boolean> {
  try {
    const recorded = await recordEntry(await db, buildEntry(draft, report, facts));
    await reportProblem(null);
    return recorded;
  } catch (error) {
    await reportProblem(toHistoryError(error).problem).catch(() => undefined);
    return false;
  }
}
