import type { Draft } from '../analysis/types';

/** One sent message read from an export: the draft the engine checks, and where and when it was sent. */
export interface ExportedMessage {
  /** The channel (Slack) or mailbox (mbox file, .eml folder) it belongs to. */
  source: string;
  /** Who sent it: an email address or a Slack user's name. */
  author: string;
  /** When it was sent (ISO 8601). */
  sentAt: string;
  draft: Draft;
}
