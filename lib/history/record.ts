import type { HistoryDb, HistoryEntry } from './types';
import { addToWeekTotals, recountWeeks } from './week-totals';

/**
 * Stores one entry. A send already recorded under the same key is left alone (the click and the keyboard
 * shortcut may both report it); a Notion page-day is replaced by its latest state, its fixes added up.
 * Resolves to whether anything was written.
 */
export async function recordEntry(db: HistoryDb, entry: HistoryEntry): Promise<boolean> {
  const tx = db.transaction(['entries', 'weeks', 'weekZones'], 'readwrite');
  const entries = tx.objectStore('entries');
  const existing = await entries.get(entry.key);
  const updatable = entry.key.startsWith('notion-page:');
  if (existing && !updatable) {
    await tx.done;
    return false;
  }
  await entries.put(existing ? { ...entry, fixes: existing.fixes + entry.fixes } : entry);
  // A replaced page-day may move within its day, or across a week boundary in another zone: recount both.
  if (existing) await recountWeeks(tx, [existing.time, entry.time]);
  else await addToWeekTotals(tx, [entry]);
  await tx.done;
  return true;
}

/** Deletes every entry and the weekly totals (the zones stay kept: their totals are now zero). */
export async function deleteAllHistory(db: HistoryDb): Promise<void> {
  const tx = db.transaction(['entries', 'weeks'], 'readwrite');
  await Promise.all([tx.objectStore('entries').clear(), tx.objectStore('weeks').clear(), tx.done]);
}
