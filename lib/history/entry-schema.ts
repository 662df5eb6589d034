import * as v from 'valibot';
import { type Category, DRAFT_KINDS, SITES, type Site } from '../analysis/types';
import { isSite } from '../hosts/site-origin';
import { DAY_MS } from './calendar';

/** No Clearsend message predates this; a time before it (0, say) would make the report span ~2,900 weeks. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));

/**
 * One history entry as it is stored and exported: the one definition of its shape (`HistoryEntry` is this
 * schema's output). `now` bounds its time: nothing is sent more than a day in the future.
 */
export function entrySchema(now: number) {
  const latest = now + DAY_MS;
  return v.strictObject({
    /** The send's key from the compose box; for a Notion page, `notion-page:<page>:<YYYY-MM-DD>`. */
    key: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
    /** Epoch ms of the send (for a Notion page, of the latest edit that day). */
    time: v.pipe(
      v.number(),
      v.integer(),
      v.check(
        (t) => t >= EARLIEST_TIME && t <= latest,
        `must be a time between 2000-01-01 and ${new Date(latest).toISOString().slice(0, 10)} (epoch ms)`,
      ),
    ),
    /** A built-in site's name, or the https origin of a site the user turned Clearsend on for. */
    site: v.custom<Site>(
      isSite,
      `expected ${SITES.join(', ')} or an https origin such as https://github.com`,
    ),
    kind: v.optional(v.picklist(DRAFT_KINDS)),
    /** 0–100, the same score the writer saw in the compose box. */
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
    words: count,
    /** Findings per category; a category with none is left out. */
    categories: v.strictObject({
      ask: v.optional(count),
      deadline: v.optional(count),
      recipient: v.optional(count),
      context: v.optional(count),
      style: v.optional(count),
    } satisfies Record<Category, unknown>),
    /** Findings per rule id. */
    rules: v.record(v.pipe(v.string(), v.minLength(1)), count),
    /** Suggestions the writer applied before sending. */
    fixes: count,
    /**
     * A send recorded live: the salted hash of its text (text-hash.ts), so an import of the same message from an
     * export is left out. Entries recorded before history version 6, and imported ones, have none.
     */
    textHash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'must be 32 hex digits'))),
  });
}
