import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** A share code is the preset's JSON, deflated, in base64url, behind a prefix that names the format. */
export const SHARE_PREFIX = 'clearsend1:';

export function isShareCode(text: string): boolean {
  return text.startsWith(SHARE_PREFIX);
}

export function encodeShareCode(json: string): string {
  return SHARE_PREFIX + toBase64Url(deflateSync(strToU8(json), { level: 9 }));
}

export function decodeShareCode(
  code: string,
  maxBytes: number,
): { ok: true; text: string } | { ok: false; error: string } {
  const body = code.slice(SHARE_PREFIX.length).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9_-]*$/.test(body))
    return { ok: false, error: 'share code: contains characters a share code never has' };
  if (body.length > maxBytes)
    return { ok: false, error: `share code: too large (a preset is at most ${maxBytes / 1024} kB)` };
  let bytes: Uint8Array;
  try {
    // The output buffer is fixed in size, so a small code cannot inflate into something enormous.
    const out = inflateSync(fromBase64Url(body), { out: new Uint8Array(maxBytes + 1) });
    bytes = out;
  } catch {
    return { ok: false, error: 'share code: damaged or incomplete (copy it again, all of it)' };
  }
  if (bytes.length > maxBytes)
    return { ok: false, error: `share code: too large (a preset is at most ${maxBytes / 1024} kB)` };
  return { ok: true, text: strFromU8(bytes) };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}
