import * as v from 'valibot';
import { type Draft, DRAFT_KINDS as KINDS, SITES } from '../analysis/types';
import { describeIssue } from '../schema-issue';

const DraftSchema = v.object({
  text: v.string(),
  site: v.optional(v.picklist(SITES), 'text'),
  kind: v.optional(v.picklist(KINDS)),
  recipients: v.optional(v.array(v.string())),
  channel: v.optional(v.string()),
  subject: v.optional(v.string()),
  isReply: v.optional(v.boolean()),
  now: v.optional(v.string()),
});

/** A draft as a file gives it: the schema's output, which is an engine Draft (the ReadResult below checks so). */
type FileDraft = v.InferOutput<typeof DraftSchema>;

/**
 * A file's drafts, or a one-line reason it cannot be read (the caller names the file). `firstLine` is the file's
 * 1-based line where the one draft's text begins (after mail headers), absent for .json, whose text is a string.
 */
export type ReadResult = { ok: true; drafts: Draft[]; firstLine?: number } | { ok: false; error: string };

function readJson(content: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
  // One schema or the other by the value's shape, so the error names the field inside the draft that is wrong.
  const result = Array.isArray(value)
    ? v.safeParse(v.array(DraftSchema), value)
    : v.safeParse(DraftSchema, value);
  if (!result.success) return { ok: false, error: describeIssue(result.issues[0], { whole: '(top level)' }) };
  const drafts: FileDraft[] = Array.isArray(result.output) ? result.output : [result.output];
  return { ok: true, drafts };
}

const HEADER = /^(to|cc|subject|site|kind|channel|reply):[ \t]*(.*)$/i;

/** "To: a@x.com\nSubject: …\n\nbody": headers fill the Draft, the rest is the body. */
function readMail(content: string): ReadResult | null {
  const lines = content.split(/\r?\n/);
  const blank = lines.indexOf('');
  if (blank <= 0 || !lines.slice(0, blank).every((l) => HEADER.test(l))) return null;
  const draft: Draft = { text: lines.slice(blank + 1).join('\n'), site: 'gmail', kind: 'email' };
  const recipients: string[] = [];
  for (const line of lines.slice(0, blank)) {
    const [, key = '', value = ''] = HEADER.exec(line) ?? [];
    const k = key.toLowerCase();
    if (k === 'to' || k === 'cc')
      recipients.push(
        ...value
          .split(/[,;]/)
          .map((x) => x.trim())
          .filter(Boolean),
      );
    else if (k === 'subject') draft.subject = value;
    else if (k === 'channel') draft.channel = value;
    else if (k === 'reply') draft.isReply = /^(?:yes|true|1)$/i.test(value.trim());
    else if (k === 'site') {
      if (!v.is(v.picklist(SITES), value))
        return { ok: false, error: `Site: expected one of ${SITES.join(', ')}` };
      draft.site = value;
    } else if (k === 'kind') {
      if (!v.is(v.picklist(KINDS), value))
        return { ok: false, error: `Kind: expected one of ${KINDS.join(', ')}` };
      draft.kind = value;
    }
  }
  if (lines.slice(0, blank).some((l) => /^(to|cc):/i.test(l))) draft.recipients = recipients;
  if (draft.site !== 'gmail' && !lines.slice(0, blank).some((l) => /^kind:/i.test(l))) delete draft.kind;
  return { ok: true, drafts: [draft], firstLine: blank + 2 };
}

/** `.json` is a Draft or an array of Drafts; anything else is a body, with optional mail-style headers. */
export function readDrafts(name: string, content: string): ReadResult {
  if (/\.json$/i.test(name)) return readJson(content);
  if (content.includes('\u0000')) return { ok: false, error: 'looks like a binary file, not text' };
  return readMail(content) ?? { ok: true, drafts: [{ text: content, site: 'text' }], firstLine: 1 };
}
