import type { Draft } from '../analysis/types';

/** One sent message read from an export: the draft the engine checks, and where and when it was sent. */
export interface ExportedMessage {
  /**
   * What identifies the message across exports, so importing one twice adds it once: the mail's Message-ID
   * (or, without one, its sender, date and subject), a Slack message's channel and ts.
   */
  id: string;
  /** The channel (Slack) or mailbox (mbox file, .eml folder) it belongs to. */
  source: string;
  /** Who sent it: an email address or a Slack user's name. */
  author: string;
  /** When it was sent (ISO 8601). */
  sentAt: string;
  draft: Draft;
}
