import type { SenderCount } from './protocol';

/** One sender across the files: mail addresses and Slack names live apart, so "alma" in both stay two. */
export const senderId = (kind: SenderCount['kind'], author: string) => `${kind}:${author}`;

/** Counts senders as messages are read, and lists them most frequent first. */
export class SenderTally {
  private readonly counts = new Map<string, SenderCount>();

  add(kind: SenderCount['kind'], author: string): void {
    const id = senderId(kind, author);
    const seen = this.counts.get(id);
    if (seen) seen.messages++;
    else this.counts.set(id, { author, kind, messages: 1 });
  }

  /** Most messages first; ties by name, so the order is the same every time. */
  list(): SenderCount[] {
    return [...this.counts.values()].sort(
      (a, b) => b.messages - a.messages || a.author.localeCompare(b.author),
    );
  }
}

/** How many messages the chosen senders (`senderId`s) have: the import's total once the user has chosen. */
export function chosenTotal(senders: readonly SenderCount[], chosen: Iterable<string>): number {
  const ids = new Set(chosen);
  return senders.reduce((n, s) => n + (ids.has(senderId(s.kind, s.author)) ? s.messages : 0), 0);
}

/**
 * Who the import counts as "you" before the user says otherwise: the most frequent sender of each kind present,
 * or, when the user chose before, those of their earlier choices that appear here. A sent-mail export is the
 * user's own mail, so its most frequent sender is nearly always them.
 */
export function likelyYou(senders: readonly SenderCount[], chosenBefore: readonly string[] = []): string[] {
  const known = senders.map((s) => senderId(s.kind, s.author)).filter((id) => chosenBefore.includes(id));
  if (known.length) return known;
  const top = new Map<SenderCount['kind'], SenderCount>();
  for (const s of senders) if (!top.has(s.kind)) top.set(s.kind, s);
  return [...top.values()].map((s) => senderId(s.kind, s.author));
}
