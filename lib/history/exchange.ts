import * as v from 'valibot';
import { describeIssue } from '../schema-issue';
import { DAY_MS } from './calendar';
import { EARLIEST_TIME, entrySchema } from './entry-schema';
import { mergeTally } from './tally';
import type { HistoryDb, HistoryEntry, WeekTotal } from './types';
import { tallyByWeek } from './week-totals';

export const EXPORT_FORMAT = 'clearsend-history';

/** A history export: metrics only (kept text never leaves in an export). */
export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  entries: HistoryEntry[];
}

/** Imports arrive in slices this big, with a pause between, so a 1,000,000-entry file never freezes the page. */
const SLICE = 5000;

// Keys JSON.parse keeps as own properties but no object of ours may carry: the schema drops them, we say so.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function headerSchema(now: number) {
  return v.strictObject({
    format: v.literal(EXPORT_FORMAT),
    version: v.literal(1),
    exportedAt: v.pipe(
      v.string(),
      v.isoTimestamp(),
      v.check((t) => {
        const at = Date.parse(t);
        return at >= EARLIEST_TIME && at <= now + DAY_MS;
      }, 'must be a date between 2000-01-01 and tomorrow'),
    ),
    entries: v.array(v.unknown()),
  });
}

export function exportHistory(entries: HistoryEntry[], now: number): HistoryExport {
  return { format: EXPORT_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), entries };
}

export type ParsedImport =
  | { ok: true; entries: HistoryEntry[]; dropped: string[] }
  | { ok: false; error: string };

export interface ParseOptions {
  now?: number;
  /** Called between slices of a big file with how many entries are checked so far. */
  onProgress?: (checked: number, total: number) => void;
}

/**
 * Reads an export file's text; the error names the first bad field, e.g. `entries[2].score: …`. Checked in
 * slices with a pause between them, so the page stays responsive however big the file is. Never throws.
 */
export async function parseHistoryExport(text: string, options: ParseOptions = {}): Promise<ParsedImport> {
  const now = options.now ?? Date.now();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file made by "Export JSON".' };
  }
  try {
    const header = v.safeParse(headerSchema(now), json);
    if (!header.success) return { ok: false, error: describeIssue(header.issues[0], { whole: 'file' }) };
    const raw = header.output.entries;
    const schema = entrySchema(now);
    const entries: HistoryEntry[] = [];
    const dropped: string[] = [];
    for (let at = 0; at < raw.length; at += SLICE) {
      if (at > 0) {
        options.onProgress?.(at, raw.length);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      for (let i = at; i < Math.min(raw.length, at + SLICE); i++) {
        const result = v.safeParse(schema, raw[i]);
        if (!result.success)
          return { ok: false, error: describeIssue(result.issues[0], { prefix: `entries[${i}]` }) };
        dropped.push(...unsafeKeys(raw[i], `entries[${i}]`));
        entries.push(result.output);
      }
    }
    return { ok: true, entries, dropped };
  } catch (error) {
    return { ok: false, error: `file: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function unsafeKeys(entry: unknown, path: string): string[] {
  const found: string[] = [];
  const look = (value: unknown, at: string) => {
    if (typeof value !== 'object' || value === null) return;
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) found.push(`${at}.${key}`);
      else if (key === 'rules' || key === 'categories')
        look((value as Record<string, unknown>)[key], `${at}.${key}`);
    }
  };
  look(entry, path);
  return found;
}

export interface MergeOptions {
  /** Called as slices of new entries are written. */
  onProgress?: (written: number, total: number) => void;
  /** Called once with the entries that are new, before they are written (they land only if the whole write does). */
  onFresh?: (fresh: readonly HistoryEntry[]) => void;
}

/**
 * Adds the entries not already present (by key), in one transaction: either every new entry and its week
 * totals land, or nothing does (any failed write aborts it all). Everything is worked out before the first
 * write. Entries already here win, so importing the same file twice changes nothing.
 */
export async function mergeEntries(
  db: HistoryDb,
  entries: HistoryEntry[],
  options: MergeOptions = {},
): Promise<{ added: number; skipped: number }> {
  // Reads and writes share one transaction, so a send recorded meanwhile cannot collide with the plan.
  const tx = db.transaction(['entries', 'weeks', 'weekZones'], 'readwrite');
  try {
    const have = new Set(await tx.objectStore('entries').getAllKeys());
    const fresh: HistoryEntry[] = [];
    for (const entry of entries) {
      if (have.has(entry.key)) continue;
      have.add(entry.key);
      fresh.push(entry);
    }
    options.onFresh?.(fresh);
    const zones = await tx.objectStore('weekZones').getAllKeys();
    const stored = new Map(
      (await tx.objectStore('weeks').getAll()).map((w) => [`${w.zone}\u0000${w.start}`, w]),
    );
    const weeks: WeekTotal[] = zones.flatMap((zone) =>
      tallyByWeek(fresh, zone).map((tally) => {
        const before = stored.get(`${zone}\u0000${tally.start}`);
        return { zone, start: tally.start, tally: before ? mergeTally(before.tally, tally) : tally };
      }),
    );
    const store = tx.objectStore('entries');
    for (let at = 0; at < fresh.length; at += SLICE) {
      // The next slice is issued from the last one's success, which keeps the transaction open while the
      // page gets its turns between the writes.
      const writes = fresh.slice(at, at + SLICE).map((entry) => handled(store.add(entry)));
      await Promise.all(writes);
      options.onProgress?.(Math.min(fresh.length, at + SLICE), fresh.length);
    }
    await Promise.all(weeks.map((week) => handled(tx.objectStore('weeks').put(week))));
    await tx.done;
    return { added: fresh.length, skipped: entries.length - fresh.length };
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw error;
  }
}

// Once one write fails the rest are aborted with it; the first failure is the one reported.
function handled<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failed request itself.
  }
}
