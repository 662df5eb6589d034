import type { SenderCount } from './protocol';
import { SenderTally, senderId } from './senders';
import type { BackfillSource } from './sources';

export interface ScanResult {
  senders: SenderCount[];
  /** Messages per sender id, per source: the import's total once the user has chosen. */
  perSource: Map<string, Map<string, number>>;
  messages: number;
}

/** Says which file is bad and what is wrong with it, in one sentence. */
export function fileError(source: string, error: unknown): string {
  const what = error instanceof Error ? error.message : String(error);
  return `${source}: ${what.replace(/\.$/, '')}.`;
}

/**
 * Reads every source once, without analysing: who sent how many messages. A source that cannot be read throws
 * its `fileError`, before anything was written.
 */
export async function scanSources(
  sources: readonly BackfillSource[],
  progress: (file: string, messages: number) => void,
): Promise<ScanResult> {
  const tally = new SenderTally();
  const perSource = new Map<string, Map<string, number>>();
  let messages = 0;
  for (const source of sources) {
    const counts = new Map<string, number>();
    perSource.set(source.name, counts);
    progress(source.name, messages);
    try {
      for await (const message of source.read()) {
        if (!message) continue;
        messages++;
        tally.add(source.kind, message.author);
        const id = senderId(source.kind, message.author);
        counts.set(id, (counts.get(id) ?? 0) + 1);
        if (messages % 500 === 0) progress(source.name, messages);
      }
    } catch (error) {
      throw new Error(fileError(source.name, error));
    }
  }
  return { senders: tally.list(), perSource, messages };
}

/** How many messages the chosen senders have in the scanned sources. */
export function chosenTotal(scan: ScanResult, chosen: ReadonlySet<string>): number {
  let total = 0;
  for (const counts of scan.perSource.values()) for (const [id, n] of counts) if (chosen.has(id)) total += n;
  return total;
}
