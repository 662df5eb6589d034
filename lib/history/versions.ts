import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { userTimeZone } from './calendar';
import type { HistoryEntry } from './types';
import { tallyByWeek } from './week-totals';

// Every schema the history database has had, and the step that takes each to the next. A step receives
// exactly the version before it, so data written by any release walks the chain to the current one.
// Never edit a released step: add a new version.

export const DB_NAME = 'clearsend-history';
export const DB_VERSION = 6;

/** Version 1 (first release): one store keyed by the send's key, an index on time for weekly ranges.
 *  An opted-in flagged message kept its text inline on the entry. */
export interface EntryV1 extends HistoryEntry {
  text?: string;
  textUntil?: number;
}

/** Versions 3–4: the text of an opted-in flagged message, in its own store, until `until` (epoch ms). */
export interface KeptTextV3 {
  key: string;
  text: string;
  until: number;
}

type Db = IDBPDatabase<unknown>;
type Tx = IDBPTransaction<unknown, string[], 'versionchange'>;

function toV1(db: Db): void {
  const entries = db.createObjectStore('entries', { keyPath: 'key' });
  entries.createIndex('time', 'time');
}

/** Version 2: the report shows each site over time; a [site, time] index reads one site's weeks as a range
 *  instead of scanning every entry. */
function toV2(_db: Db, tx: Tx): void {
  tx.objectStore('entries').createIndex('site-time', ['site', 'time']);
}

/** Version 3: kept text moves to its own store. Aggregation and export read metrics without ever loading
 *  text, and the purge deletes an `until` index range instead of rewriting every entry. */
async function toV3(db: Db, tx: Tx): Promise<void> {
  const texts = db.createObjectStore('texts', { keyPath: 'key' });
  texts.createIndex('until', 'until');
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    const { text, textUntil, ...entry } = cursor.value as EntryV1;
    if (text !== undefined) {
      const kept: KeptTextV3 = { key: entry.key, text, until: textUntil ?? 0 };
      await tx.objectStore('texts').put(kept);
      await cursor.update(entry);
    }
    cursor = await cursor.continue();
  }
}

/** Version 4: per-week totals per timezone, so the popup reads 12 small records instead of every entry of
 *  12 weeks. Built here for the browser's timezone; another zone is built the first time it is asked for.
 *  It calls the live tallyByWeek: versions.test.ts pins its output with a literal snapshot, so a change to
 *  tallying that would change this released step fails there (then give this step a frozen copy). */
async function toV4(db: Db, tx: Tx): Promise<void> {
  db.createObjectStore('weeks', { keyPath: ['zone', 'start'] });
  db.createObjectStore('weekZones', { keyPath: 'zone' });
  const zone = userTimeZone();
  const entries: HistoryEntry[] = await tx.objectStore('entries').getAll();
  for (const tally of tallyByWeek(entries, zone))
    await tx.objectStore('weeks').put({ zone, start: tally.start, tally });
  await tx.objectStore('weekZones').put({ zone });
}

/** Version 5: Clearsend keeps no text of a draft. The kept text was never shown anywhere the user could read
 *  or delete it, so the store goes, and what an opted-in user had kept with it. */
function toV5(db: Db): void {
  db.deleteObjectStore('texts');
}

/** Version 6: a send recorded live keeps the salted hash of its text (`textHash`), so an import leaves out a
 *  message already recorded as it was sent. The index holds only the entries that have one (the live sends
 *  from now on), so an import reads those without scanning every entry. Older entries simply have none. */
function toV6(_db: Db, tx: Tx): void {
  tx.objectStore('entries').createIndex('textHash', 'textHash');
}

const STEPS: ((db: Db, tx: Tx) => void | Promise<void>)[] = [toV1, toV2, toV3, toV4, toV5, toV6];

/** Runs every step after `oldVersion`, in order, inside the upgrade transaction. Synchronous steps run back to
 *  back so schema changes never wait on a microtask. */
export async function upgradeHistory(db: Db, oldVersion: number, newVersion: number, tx: Tx): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const pending = STEPS[version - 1]?.(db, tx);
    if (pending) await pending;
  }
}

/** For tests: the step list length must match the version, or an upgrade would silently stop short. */
export const STEP_COUNT = STEPS.length;
