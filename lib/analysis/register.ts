import { kindOf } from './draft-kind';
import type { Draft } from './types';

/**
 * Where a sentence is written, as far as reading it goes: a chat (Slack, a Notion comment), an email, a page, or
 * plain text of unknown kind (the CLI, the Enron sentences). The same form reads differently by register: "ship
 * it" in a channel is put to the reader, "Ship the fix behind a flag" in a spec describes the plan.
 */
export type Register = 'chat' | 'email' | 'page' | 'text';

export function registerOf(draft: Draft): Register {
  const kind = kindOf(draft);
  if (kind === 'channel' || kind === 'dm' || kind === 'thread' || kind === 'comment') return 'chat';
  if (kind === 'email') return 'email';
  if (kind === 'page') return 'page';
  return 'text';
}
