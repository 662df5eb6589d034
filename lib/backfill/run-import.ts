import { analyze } from '../analysis/analyze';
import { DAY_MS } from '../history/calendar';
import { buildEntry } from '../history/entry';
import { EARLIEST_TIME } from '../history/entry-schema';
import { mergeEntries } from '../history/exchange';
import { textHasher } from '../history/text-hash';
import type { HistoryDb, HistoryEntry } from '../history/types';
import { backfillKey } from './entry-key';
import { type BackfillConfigs, type BackfillOutcome, configKey, startingOutcome } from './protocol';
import { type ImportedSend, RecordedSends } from './recorded-sends';
import { fileError } from './scan';
import { senderId } from './senders';
import type { BackfillSource } from './sources';

export interface ImportOptions {
  /** Sender ids (`senderId`) whose messages count as the user's. */
  chosen: ReadonlySet<string>;
  configs: BackfillConfigs;
  timeZone: string;
  now: number;
  /** This install's text salt (lib/history/text-salt.ts): the worker cannot read extension storage. */
  salt: string;
  openDb(): Promise<HistoryDb>;
  /** How many of `total` chosen messages are analysed, while a source is read. */
  progress(file: string, done: number): void;
  /** Asked between messages: true stops the import, dropping the source being analysed. */
  cancelled(): boolean;
}

/** A file that turned out unreadable on the second read: its error says which; files before it are in. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly outcome: BackfillOutcome,
  ) {
    super(message);
  }
}

/** The history could not be written (quota, an upgrade blocked): `outcome` holds the files landed before. */
export class StorageFailure extends Error {
  constructor(
    readonly failure: unknown,
    readonly outcome: BackfillOutcome,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/** Lets the worker's message queue run (a Cancel) and progress go out, every this many ms of work. */
const YIELD_EVERY_MS = 50;

/**
 * Analyses the chosen senders' messages of each source and writes them as history entries, one transaction per
 * source (`mergeEntries`: new keys only, with their week totals), so Cancel or a failure leaves every source
 * either wholly in the history or not at all. Rejects with a `SourceError` or a `StorageFailure`, each holding
 * what the files before did.
 */
export async function importSources(
  sources: readonly BackfillSource[],
  options: ImportOptions,
): Promise<BackfillOutcome> {
  const outcome = startingOutcome();
  const latest = options.now + DAY_MS;
  const hashOf = textHasher(options.salt);
  let recorded: RecordedSends;
  try {
    // Read once: the sends recorded while the import runs are of new messages, not of any in these files.
    recorded = await withDb(options, RecordedSends.read);
  } catch (error) {
    outcome.notImported = sources.map((s) => s.name);
    throw new StorageFailure(error, outcome);
  }
  let done = 0;
  let lastYield = Date.now();
  for (const [index, source] of sources.entries()) {
    const staged: HistoryEntry[] = [];
    const sends: ImportedSend[] = [];
    const skipped = { notYours: 0, empty: 0 };
    options.progress(source.name, done);
    try {
      for await (const message of source.read()) {
        if (Date.now() - lastYield >= YIELD_EVERY_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          lastYield = Date.now();
          options.progress(source.name, done);
        }
        if (options.cancelled()) {
          outcome.cancelled = true;
          outcome.notImported = sources.slice(index).map((s) => s.name);
          return outcome;
        }
        if (!message) {
          skipped.empty++;
          continue;
        }
        if (!options.chosen.has(senderId(source.kind, message.author))) {
          skipped.notYours++;
          continue;
        }
        done++;
        const time = Date.parse(message.sentAt);
        if (time < EARLIEST_TIME || time > latest) {
          skipped.empty++;
          continue;
        }
        const { draft } = message;
        const report = analyze(draft, options.configs[configKey(draft.site, draft.kind)] ?? {});
        const key = await backfillKey(message.id);
        staged.push(buildEntry(draft, report, { key, fixes: 0, time, timeZone: options.timeZone }));
        // The text's hash is only compared, never stored: an imported message has no later send to meet.
        const textHash = recorded.near(draft.site, time) ? await hashOf(draft.text) : undefined;
        sends.push({ site: draft.site, time, textHash });
      }
    } catch (error) {
      outcome.notImported = sources.slice(index).map((s) => s.name);
      throw new SourceError(fileError(source.name, error), outcome);
    }
    options.progress(source.name, done);
    let sentLive = new Set<number>();
    let fresh: readonly HistoryEntry[] = [];
    try {
      sentLive = recorded.claim(sends);
      const notSentLive = staged.filter((_, at) => !sentLive.has(at));
      const merged = await withDb(options, (db) =>
        mergeEntries(db, notSentLive, { onFresh: (entries) => (fresh = entries) }),
      );
      outcome.added += merged.added;
      outcome.already += merged.skipped;
    } catch (error) {
      outcome.notImported = sources.slice(index).map((s) => s.name);
      throw new StorageFailure(error, outcome);
    }
    outcome.sentLive += sentLive.size;
    outcome.notYours += skipped.notYours;
    outcome.empty += skipped.empty;
    for (const entry of fresh) {
      outcome.first = Math.min(outcome.first ?? entry.time, entry.time);
      outcome.last = Math.max(outcome.last ?? entry.time, entry.time);
    }
  }
  return outcome;
}

async function withDb<T>(options: ImportOptions, use: (db: HistoryDb) => Promise<T>): Promise<T> {
  const db = await options.openDb();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
