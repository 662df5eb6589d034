import { storage } from 'wxt/utils/storage';
import type { SenderCount } from './protocol';
import { senderId } from './senders';

/**
 * Whose messages the user counted as theirs in earlier imports (`senderId`s): the next import pre-chooses those
 * that appear in its files (`likelyYou`). Kept on this device only, beside the settings.
 */
export const chosenSendersItem = storage.defineItem<string[]>('local:backfillSenders', {
  fallback: [],
  version: 1,
});

/**
 * Keeps this import's choice: the senders in these files count as chosen now (a sender unticked is forgotten);
 * an earlier choice from other files (the mail address while importing Slack) stays.
 */
export async function rememberChosen(
  senders: readonly SenderCount[],
  chosen: readonly string[],
): Promise<void> {
  const here = new Set(senders.map((s) => senderId(s.kind, s.author)));
  const before = await chosenSendersItem.getValue();
  await chosenSendersItem.setValue([...before.filter((id) => !here.has(id)), ...chosen]);
}
