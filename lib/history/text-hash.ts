import { comparableText } from './comparable-text';

/**
 * A keyed hash (HMAC-SHA-256 with this install's salt, lib/history/text-salt.ts) of a message's comparable text:
 * the same message gives the same hash whether Clearsend read it from the compose box as it was sent or from an
 * export later, so an import can leave out what was already recorded. It is not the text and cannot be turned
 * back into it; without the salt, which never leaves the device, nobody can even test a guess against it.
 */
export type TextHasher = (text: string) => Promise<string | undefined>;

/** A hasher for one salt (hex); resolves to undefined for a text with no words to compare. */
export function textHasher(salt: string): TextHasher {
  const key = crypto.subtle.importKey('raw', hexBytes(salt), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const encoder = new TextEncoder();
  return async (text) => {
    const words = comparableText(text);
    if (!words) return undefined;
    const mac = await crypto.subtle.sign('HMAC', await key, encoder.encode(words));
    return toHex(new Uint8Array(mac).subarray(0, 16));
  };
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
