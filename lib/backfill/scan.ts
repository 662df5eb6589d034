import type { SenderCount } from './protocol';
import { SenderTally } from './senders';
import type { BackfillSource } from './sources';

export interface ScanResult {
  senders: SenderCount[];
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
  let messages = 0;
  for (const source of sources) {
    progress(source.name, messages);
    try {
      for await (const message of source.read()) {
        if (!message) continue;
        messages++;
        tally.add(source.kind, message.author);
        if (messages % 500 === 0) progress(source.name, messages);
      }
    } catch (error) {
      throw new Error(fileError(source.name, error));
    }
  }
  return { senders: tally.list(), messages };
}
