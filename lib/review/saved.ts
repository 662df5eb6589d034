import { storage } from 'wxt/utils/storage';
import type { DocumentReview } from './types';

export interface SavedReview extends DocumentReview {
  id: string;
  savedAt: string;
}

/** Reviews the user chose to keep ("Save review"): the only review data ever written to disk. */
export const savedReviewsItem = storage.defineItem<SavedReview[]>('local:savedReviews', {
  fallback: [],
  version: 1,
});

export async function saveReview(id: string, review: DocumentReview, now = new Date()): Promise<SavedReview> {
  const saved: SavedReview = { ...review, id, savedAt: now.toISOString() };
  const kept = await savedReviewsItem.getValue();
  await savedReviewsItem.setValue([saved, ...kept.filter((old) => old.id !== id)]);
  return saved;
}

export async function listSavedReviews(): Promise<SavedReview[]> {
  return savedReviewsItem.getValue();
}
