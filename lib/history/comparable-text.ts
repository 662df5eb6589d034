// What a live send's draft and the same message read back from an export have in common, so the two can be told
// to be one message (lib/history/text-hash.ts). The draft is what the site's adapter read from the compose box
// (quote and signature left out, mentions and links as the writer saw them); the export's body is what the site
// sent — Gmail's text/plain part with the quote and signature removed by email-reply-parser, Slack's mrkdwn as
// slackText renders it. Each rule below takes out something one of them carries and the other does not, and
// applies to both sides alike.

/** Quoted lines ("> …"): Gmail's text/plain quote, a Slack quote the adapter skips as not the writer's prose. */
const QUOTED_LINE = /^[ \t]*>.*$/gm;
/** Code the Slack adapter skips as not prose: ```blocks``` and `spans`. */
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;
/**
 * A link's address in brackets, as an export adds it after the label the writer saw: Gmail's "label <url>",
 * slackText's "label (url)". A bare address is kept: that is what the writer typed, on both sides.
 */
const BRACKETED_URL = /<(?:https?|mailto):[^\s>]*>|\((?:https?|mailto):[^\s)]*\)/gi;
/** A numbered list's "1." (Gmail's text/plain writes it; the compose box's <ol> has no such text). */
const LIST_NUMBER = /^[ \t]*\d+[.)][ \t]+/gm;
/** Letters and digits: punctuation, markup (*bold*, _italic_, "- " bullets), emoji and spacing drop out. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The message's words, lower-cased, one space apart: the same for a draft as the compose box read it and for that
 * message's body in an mbox or a Slack export. Empty when nothing is left.
 */
export function comparableText(text: string): string {
  const kept = text
    .normalize('NFKC')
    .replace(CODE, ' ')
    .replace(QUOTED_LINE, ' ')
    .replace(BRACKETED_URL, ' ')
    .replace(LIST_NUMBER, ' ')
    .toLowerCase();
  return (kept.match(WORD) ?? []).join(' ');
}
