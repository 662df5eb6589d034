import type { DBSchema, IDBPDatabase } from 'idb';
import type * as v from 'valibot';
import type { Category, Site } from '../analysis/types';
import type { entrySchema } from './entry-schema';

/** One sent message (or one Notion page on one day): metrics only, never the text. The shape is `entrySchema`'s. */
export type HistoryEntry = v.InferOutput<ReturnType<typeof entrySchema>>;

/** What a span of time (a week, a day) adds up to. */
export interface Tally {
  start: number;
  end: number;
  count: number;
  scoreSum: number;
  words: number;
  fixes: number;
  categories: Record<Category, number>;
  rules: Record<string, number>;
  sites: Partial<Record<Site, { count: number; scoreSum: number }>>;
  /** Messages per score band: index 0 = 0–9 … index 9 = 90–100. */
  bands: number[];
}

/** One week's totals in one timezone (weeks start on Monday 00:00 in that zone), kept as entries are written. */
export interface WeekTotal {
  zone: string;
  start: number;
  tally: Tally;
}

/** The current schema (version 6). Older shapes are in `versions.ts`. */
export interface HistorySchema extends DBSchema {
  entries: {
    key: string;
    value: HistoryEntry;
    indexes: { time: number; 'site-time': [string, number]; textHash: string };
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

/** The history database as `openHistory` opens it, at the current schema. */
export type HistoryDb = IDBPDatabase<HistorySchema>;
