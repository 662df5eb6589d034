import type { DBSchema } from 'idb';
import type { Category, DraftKind, Site } from '../analysis/types';
import type { Tally } from './tally';

/** One sent message (or one Notion page on one day): metrics only, never the text. */
export interface HistoryEntry {
  /** The send's key from the compose box; for a Notion page, `notion-page:<page>:<YYYY-MM-DD>`. */
  key: string;
  /** Epoch ms of the send (for a Notion page, of the latest edit that day). */
  time: number;
  site: Site;
  kind?: DraftKind;
  /** 0–100, the same score the writer saw in the compose box. */
  score: number;
  words: number;
  /** Findings per category; a category with none is left out. */
  categories: Partial<Record<Category, number>>;
  /** Findings per rule id. */
  rules: Record<string, number>;
  /** Suggestions the writer applied before sending. */
  fixes: number;
}

/** The text of a flagged message, kept only when the user opted in, and only until `until`. */
export interface KeptText {
  key: string;
  text: string;
  /** Epoch ms after which the text is purged. */
  until: number;
}

/** One week's totals in one timezone (weeks start on Monday 00:00 in that zone), kept as entries are written. */
export interface WeekTotal {
  zone: string;
  start: number;
  tally: Tally;
}

/** The current schema (version 4). Older shapes are in `versions.ts`. */
export interface HistorySchema extends DBSchema {
  entries: {
    key: string;
    value: HistoryEntry;
    indexes: { time: number; 'site-time': [string, number] };
  };
  texts: {
    key: string;
    value: KeptText;
    indexes: { until: number };
  };
  weeks: {
    key: [string, number];
    value: WeekTotal;
  };
  /** The timezones `weeks` holds complete totals for: a zone listed here is kept up to date by every write. */
  weekZones: {
    key: string;
    value: { zone: string };
  };
}
