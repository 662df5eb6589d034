/**
 * The body as text, read chunk by chunk and counting bytes: past `limit` the read is cancelled. A server that
 * sends no Content-Length (or a false one) cannot make us hold more than the limit (issue 15: 400 MB, read whole).
 */
export async function readCapped(
  response: Response,
  limit: number,
): Promise<{ ok: true; text: string } | { ok: false }> {
  if (!response.body) return { ok: true, text: await response.text() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(body) };
}
