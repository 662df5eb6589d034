/**
 * The history key of an imported message: a SHA-256 of its export id (Message-ID, Slack channel and ts), so the
 * same message imported twice lands on one key, and the key says nothing of who wrote where (no address, no
 * channel name is kept).
 */
export async function backfillKey(id: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(id));
  const hex = Array.from(new Uint8Array(digest).subarray(0, 16), (b) => b.toString(16).padStart(2, '0'));
  return `import:${hex.join('')}`;
}
