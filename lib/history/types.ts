import type { DBSchema } from 'idb';
import type * as v from 'valibot';
import type { entrySchema } from './entry-schema';
import type { Tally } from './tally';

/** One sent message (or one Notion page on one day): metrics only, never the text. The shape is `entrySchema`'s. */
export type HistoryEntry = v.InferOutput<ReturnType<typeof entrySchema>>;

/** One week's totals in one timezone (weeks start on Monday 00:00 in that zone), kept as entries are written. */
export interface WeekTotal {
  zone: string;
  start: number;
  tally: Tally;
}

/** The current schema (version 5). Older shapes are in `versions.ts`. */
export interface HistorySchema extends DBSchema {
  entries: {
    key: string;
    value: HistoryEntry;
    indexes: { time: number; 'site-time': [string, number] };
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
