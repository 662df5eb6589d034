/** How many bytes from the start of a file `exportKind` needs. */
export const EXPORT_HEAD_BYTES = 5;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const MBOX_FROM = [...'From '].map((c) => c.charCodeAt(0));

/**
 * What a file is, told by its first bytes (the CLI's paths and the backfill's picked files alike): a zip is
 * read as a Slack export, "From " opens an mbox; anything else is neither.
 */
export function exportKind(head: Uint8Array): 'slack' | 'mbox' | undefined {
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return 'slack';
  if (MBOX_FROM.every((b, i) => head[i] === b)) return 'mbox';
  return undefined;
}
