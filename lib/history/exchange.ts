import * as v from 'valibot';
import { CATEGORIES } from '../analysis/types';
import type { HistoryDb } from './open';
import type { HistoryEntry } from './types';
import { addToWeekTotals } from './week-totals';

export const EXPORT_FORMAT = 'clearsend-history';

/** A history export: metrics only (kept text never leaves in an export). */
export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  entries: HistoryEntry[];
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const EntrySchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1)),
  time: v.pipe(v.number(), v.integer(), v.minValue(0)),
  site: v.picklist(['gmail', 'slack', 'notion', 'text']),
  kind: v.optional(v.picklist(['email', 'channel', 'dm', 'thread', 'page', 'comment'])),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  words: count,
  categories: v.strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, v.optional(count)]))),
  rules: v.record(v.pipe(v.string(), v.minLength(1)), count),
  fixes: count,
});

const ExportSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(1),
  exportedAt: v.string(),
  entries: v.array(EntrySchema),
});

export function exportHistory(entries: HistoryEntry[], now: number): HistoryExport {
  return { format: EXPORT_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), entries };
}

export type ParsedImport = { ok: true; entries: HistoryEntry[] } | { ok: false; error: string };

/** Reads an export file's text; the error names the first bad field, e.g. `entries[2].score: …`. */
export function parseHistoryExport(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file made by "Export JSON".' };
  }
  const result = v.safeParse(ExportSchema, json);
  if (result.success) return { ok: true, entries: result.output.entries as HistoryEntry[] };
  const issue = result.issues[0];
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return { ok: false, error: `${path || 'file'}: ${issue.message}` };
}

/**
 * Adds the entries not already present (by key), all in one transaction: either every new entry lands or none.
 * Entries already here win, so importing the same file twice changes nothing.
 */
export async function mergeEntries(
  db: HistoryDb,
  entries: HistoryEntry[],
): Promise<{ added: number; skipped: number }> {
  const tx = db.transaction(['entries', 'weeks', 'weekZones'], 'readwrite');
  const store = tx.objectStore('entries');
  const fresh: HistoryEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.key) || (await store.getKey(entry.key)) !== undefined) continue;
    seen.add(entry.key);
    await store.add(entry);
    fresh.push(entry);
  }
  await addToWeekTotals(tx, fresh);
  await tx.done;
  return { added: fresh.length, skipped: entries.length - fresh.length };
}
