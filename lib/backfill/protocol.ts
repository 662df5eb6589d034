import type { AnalysisConfig } from '../analysis/types';
import type { StorageProblem } from '../history/open';

// The messages between the report page and the backfill worker (backfill-worker.ts). One worker per backfill: it keeps
// the chosen files between the scan and the import, so the page hands them over once.

/** One sender found in the files, and how many of the messages read were theirs. */
export interface SenderCount {
  /** An email address, or a Slack user's name. */
  author: string;
  /** Where they wrote: mail (mbox, .eml) or Slack. */
  kind: 'mail' | 'slack';
  messages: number;
}

/** The engine's settings per kind of message, as the writer's compose boxes use them ("gmail:email", …). */
export type BackfillConfigs = Record<string, AnalysisConfig>;

export const configKey = (site: string, kind: string | undefined) => `${site}:${kind ?? ''}`;

export type BackfillRequest =
  /** Read every file once, without analysing: who sent how many, and any file that is not what it claims. */
  | { type: 'scan'; files: File[] }
  /** Analyse and record the messages of `authors`, one transaction per file. */
  | {
      type: 'import';
      authors: string[];
      configs: BackfillConfigs;
      timeZone: string;
      now: number;
      /** The install's text salt, read by the page (lib/history/text-salt.ts). */
      salt: string;
    }
  /** Stop after the file being written, or drop the one being analysed: either way no file is half in. */
  | { type: 'cancel' };

/** What a finished (or cancelled) import did. Every count is of messages. */
export interface BackfillOutcome {
  added: number;
  /** The earliest and latest send time of the messages added (epoch ms), when any were. */
  first?: number;
  last?: number;
  /** Sent by someone not chosen. */
  notYours: number;
  /** Already in the history (from an earlier import, or twice in these files). */
  already: number;
  /** Recorded by Clearsend as they were sent (lib/backfill/recorded-sends.ts). */
  sentLive: number;
  /** With no text of their own, or no date Clearsend can chart. */
  empty: number;
  cancelled: boolean;
  /** Files not imported (because of Cancel, or because one failed to read the second time). */
  notImported: string[];
  /** A file that could be read once but not twice (changed meanwhile): which, and what is wrong. */
  error?: string;
}

/** An import before its first message: nothing added, skipped or left out. */
export const startingOutcome = (): BackfillOutcome => ({
  added: 0,
  notYours: 0,
  already: 0,
  sentLive: 0,
  empty: 0,
  cancelled: false,
  notImported: [],
});

export type BackfillReport =
  | { type: 'scanning'; file: string; messages: number }
  | { type: 'scanned'; senders: SenderCount[]; messages: number }
  | { type: 'progress'; file: string; done: number; total: number; elapsedMs: number }
  | { type: 'finished'; outcome: BackfillOutcome }
  /** A file that cannot be read: `error` names it and says what is wrong. Nothing was written. */
  | { type: 'refused'; error: string }
  | { type: 'unsaved'; problem: StorageProblem; outcome: BackfillOutcome };
