import { storage } from 'wxt/utils/storage';
import type { PendingReview } from './types';

/**
 * The extracted text travels from the background to the review page through `storage.session`: it lives in
 * memory only (never written to disk, gone when the browser closes), survives the service worker being stopped
 * between the click and the review page asking, and content scripts cannot read it (trusted contexts only).
 * Only the few latest reviews are kept, so reloading a review page still works.
 */
export const pendingReviewsItem = storage.defineItem<PendingReview[]>('session:pendingReviews', {
  fallback: [],
});

const KEPT = 5;

export async function holdPendingReview(review: PendingReview): Promise<void> {
  const held = await pendingReviewsItem.getValue();
  await pendingReviewsItem.setValue([review, ...held.filter((old) => old.id !== review.id)].slice(0, KEPT));
}

export async function findPendingReview(id: string): Promise<PendingReview | undefined> {
  return (await pendingReviewsItem.getValue()).find((review) => review.id === id);
}
