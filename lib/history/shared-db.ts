import { openHistory } from './open';
import type { HistoryDb } from './types';

let opening: Promise<HistoryDb> | undefined;

/** One connection per extension context, reopened after a failure or when a newer version asked us to close. */
export function sharedHistory(): Promise<HistoryDb> {
  if (!opening) {
    opening = openHistory().then((db) => {
      db.addEventListener('close', () => (opening = undefined));
      db.addEventListener('versionchange', () => (opening = undefined));
      return db;
    });
    opening.catch(() => (opening = undefined));
  }
  return opening;
}
