import type { Draft } from '../analysis/types';

type Unclocked = Omit<Draft, 'now'>;

/** Two reads of a box describe the same draft: an analysis of one still fits the other. */
export function sameDraft(a: Unclocked, b: Unclocked): boolean {
  return (
    a.text === b.text &&
    a.kind === b.kind &&
    a.channel === b.channel &&
    a.subject === b.subject &&
    a.isReply === b.isReply &&
    (a.recipients === undefined) === (b.recipients === undefined) &&
    (a.recipients ?? []).join('\n') === (b.recipients ?? []).join('\n')
  );
}

/**
 * One send is one record even when both the click and the keyboard shortcut report it: the key is the place,
 * the text and the minute. Only hashes go into the key, never the text (keys are stored in history).
 */
export function sendKey(draft: Unclocked, time = Date.now()): string {
  const place = `${draft.kind ?? ''}:${draft.channel ?? ''}:${draft.subject ?? ''}`;
  return `${draft.site}:${fnv1a(place)}:${fnv1a(draft.text)}:${Math.floor(time / 60_000)}`;
}

function fnv1a(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0).toString(36);
}
