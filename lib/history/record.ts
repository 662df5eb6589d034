import type { HistoryDb } from './open';
import type { HistoryEntry, KeptText } from './types';
import { addToWeekTotals, recountWeeks } from './week-totals';

/**
 * Stores one entry. A send already recorded under the same key is left alone (the click and the keyboard
 * shortcut may both report it); a Notion page-day is replaced by its latest state, its fixes added up.
 * Resolves to whether anything was written.
 */
export async function recordEntry(db: HistoryDb, entry: HistoryEntry, text?: KeptText): Promise<boolean> {
  const tx = db.transaction(['entries', 'texts', 'weeks', 'weekZones'], 'readwrite');
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
  if (text) await tx.objectStore('texts').put(text);
  else if (existing) await tx.objectStore('texts').delete(entry.key); // the page is no longer flagged
  await tx.done;
  return true;
}

/** Deletes kept text whose seven days are over; resolves to how many were purged. */
export async function purgeExpiredText(db: HistoryDb, now: number): Promise<number> {
  const tx = db.transaction('texts', 'readwrite');
  let purged = 0;
  let cursor = await tx.store.index('until').openCursor(IDBKeyRange.upperBound(now));
  while (cursor) {
    await cursor.delete();
    purged++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return purged;
}

export async function keptText(db: HistoryDb, key: string, now: number): Promise<string | undefined> {
  const kept = await db.get('texts', key);
  return kept && kept.until > now ? kept.text : undefined;
}

/** Deletes every entry, every kept text and the weekly totals (the zones stay kept: their totals are now zero). */
export async function deleteAllHistory(db: HistoryDb): Promise<void> {
  const tx = db.transaction(['entries', 'texts', 'weeks'], 'readwrite');
  await Promise.all([
    tx.objectStore('entries').clear(),
    tx.objectStore('texts').clear(),
    tx.objectStore('weeks').clear(),
    tx.done,
  ]);
}
