import EmailReplyParser from 'email-reply-parser';

const parser = new EmailReplyParser();

/** The part of a mail body its sender wrote: quoted replies and the signature removed (email-reply-parser). */
export function ownText(body: string): string {
  return parser.read(body.replace(/\r\n/g, '\n')).getVisibleText().trim();
}
