import { storage } from 'wxt/utils/storage';
import { toHex } from './text-hash';

/**
 * This install's salt for message text hashes (text-hash.ts): 32 random bytes, hex, made the first time one is
 * needed and kept in extension local storage. It never leaves the device (not in a history export, not in a
 * preset), so a hash in an exported file cannot be tested against a guessed message.
 */
export const textSaltItem = storage.defineItem<string | null>('local:historyTextSalt', {
  fallback: null,
  version: 1,
});

/**
 * The salt, made once. The background (on a send) and the report page (before an import) may both ask for it
 * first; a Web Lock on the extension's origin makes one of them make it and the other read it. Node (the unit
 * tests) has no Web Locks and only one context.
 */
export async function textSalt(): Promise<string> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request('clearsend-text-salt', readOrMake) : readOrMake();
}

async function readOrMake(): Promise<string> {
  const kept = await textSaltItem.getValue();
  if (kept) return kept;
  const salt = toHex(crypto.getRandomValues(new Uint8Array(32)));
  await textSaltItem.setValue(salt);
  return salt;
}
