import type { Draft } from './types';

/** The draft's kind; a caller that gives none from Gmail is writing an email (the one place that assumes it). */
export const kindOf = (draft: Draft) => draft.kind ?? (draft.site === 'gmail' ? 'email' : undefined);

export function isGroupContext(draft: Draft): boolean {
  const kind = kindOf(draft);
  if (kind === 'channel' || kind === 'thread' || kind === 'page' || kind === 'comment') return true;
  if (kind === 'email') return (draft.recipients?.length ?? 0) >= 2;
  return false;
}
