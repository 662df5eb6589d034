import { type IDBPDatabase, openDB } from 'idb';
import type { HistoryDb, HistorySchema } from './types';
import { DB_NAME, DB_VERSION, upgradeHistory } from './versions';

export type StorageProblem = 'quota' | 'blocked' | 'unavailable';

/** A storage failure the UI can name in plain words; never thrown into a compose box. */
export class HistoryError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause?: unknown,
  ) {
    super(PROBLEM_TEXT[problem], { cause });
    this.name = 'HistoryError';
  }
}

export const PROBLEM_TEXT: Record<StorageProblem, string> = {
  quota: 'Your browser is out of storage space for Clearsend, so new messages are not being recorded.',
  blocked:
    'Another Clearsend window is still using an older version of your history. Close other Clearsend tabs and reopen this one.',
  unavailable: "Clearsend can't open your history in this browser profile right now.",
};

/** Names a raw IndexedDB failure; anything already named passes through. */
export function toHistoryError(error: unknown): HistoryError {
  if (error instanceof HistoryError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return new HistoryError(name === 'QuotaExceededError' ? 'quota' : 'unavailable', error);
}

/**
 * Opens (and if needed upgrades) the history database. An upgrade held up by an older open page rejects at once
 * with `blocked` instead of hanging the caller; a connection that blocks a newer version closes itself.
 */
export function openHistory(name = DB_NAME): Promise<HistoryDb> {
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    const fail = (error: HistoryError) => {
      gaveUp = true;
      reject(error);
    };
    const opening = openDB<HistorySchema>(name, DB_VERSION, {
      upgrade: (db, oldVersion, newVersion, tx) =>
        void upgradeHistory(
          db as unknown as IDBPDatabase<unknown>,
          oldVersion,
          newVersion ?? DB_VERSION,
          tx as never,
        ).catch((error: unknown) => {
          tx.abort();
          fail(toHistoryError(error));
        }),
      blocked: () => fail(new HistoryError('blocked')),
      blocking: () => void opening.then((db) => db.close()),
    });
    // A blocked open may still succeed later, after the caller was told: close that late connection.
    opening.then(
      (db) => (gaveUp ? db.close() : resolve(db)),
      (error: unknown) => fail(toHistoryError(error)),
    );
  });
}
