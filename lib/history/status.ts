import { storage } from 'wxt/utils/storage';
import type { StorageProblem } from './open';

/** The last recording failure, if the latest send could not be stored; the popup and report show it. */
export const historyProblemItem = storage.defineItem<StorageProblem | null>('local:historyProblem', {
  fallback: null,
});

let last: StorageProblem | null | undefined;

/** Saves the recording state only when it changes, so a normal send costs no extra storage write. */
export async function reportProblem(problem: StorageProblem | null): Promise<void> {
  if (problem === last) return;
  last = problem;
  await historyProblemItem.setValue(problem);
}
