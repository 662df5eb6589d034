import PostalMime from 'postal-mime';
import type { ExportedMessage } from './message';
import { ownText } from './strip-mail';

/** A raw RFC 822 message as a checkable draft, or null when it has no text body or no date (nothing to chart). */
export async function mailMessage(raw: string | Uint8Array, source: string): Promise<ExportedMessage | null> {
  const mail = await PostalMime.parse(raw);
  const body = mail.text ?? '';
  const sent = mail.date ? new Date(mail.date) : undefined;
  if (!body.trim() || !sent || Number.isNaN(sent.getTime())) return null;
  const text = ownText(body);
  if (!text) return null;
  const recipients = [...(mail.to ?? []), ...(mail.cc ?? [])].flatMap((a) =>
    'group' in a && a.group ? a.group.map((g) => g.address) : [a.address ?? ''],
  );
  const author = mail.from?.address ?? 'unknown';
  return {
    id: mail.messageId
      ? `mail:${mail.messageId.trim()}`
      : `mail:${author}|${sent.toISOString()}|${mail.subject ?? ''}`,
    source,
    author,
    sentAt: sent.toISOString(),
    draft: {
      text,
      site: 'gmail',
      kind: 'email',
      recipients: recipients.filter(Boolean),
      ...(mail.subject ? { subject: mail.subject } : {}),
      isReply: /^\s*(?:re|aw|sv):/i.test(mail.subject ?? '') || Boolean(mail.inReplyTo),
      now: sent.toISOString(),
    },
  };
}
