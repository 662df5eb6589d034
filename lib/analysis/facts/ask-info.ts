import type { SentenceInfo } from '../context';
import type { AskFact, DeadlineFact, Span } from '../types';
import type { Mention } from './mentions';

/** One ask with what the checklist needs: its deadline, its owner, and the context given for it. */
export interface AskInfo {
  fact: AskFact;
  sentence: SentenceInfo;
  deadline: DeadlineFact | null;
  owner: Span | null;
  /** "Can someone …", "could one of you …": addressed to nobody in particular. */
  toAnyone: boolean;
  why: Span | null;
}

const ANYONE =
  /\b(?:someone|somebody|anyone|anybody|one of you|either of you|whoever|any of you|we get someone)\b/i;
const REASON =
  /\b(?:because|so (?:that|we|I|they|it)|since|in order to|needs? (?:it|this|them)|blocking|blocks|before|for context|otherwise|can't|won't|until)\b/i;

function deadlineFor(s: SentenceInfo, paragraph: SentenceInfo[]): DeadlineFact | null {
  const prefixed = s.times.find((t) => t.prefixed);
  const t =
    s.ask === 'question'
      ? prefixed
      : (prefixed ?? s.times[0] ?? paragraph.find((p) => p !== s && !p.ask && p.times.length)?.times[0]);
  if (t) {
    return {
      start: t.start,
      end: t.end,
      text: t.text,
      vague: false,
      date: t.date,
      ...(t.hasTime && !t.timezoneNamed ? { timezoneAmbiguous: true } : {}),
    };
  }
  const v = s.vague[0];
  return v ? { ...v, vague: true } : null;
}

/** `text` is the draft as written: spans quote it, not the masked copy the rules read. */
export function buildAsks(sentences: SentenceInfo[], mentions: Mention[], text: string): AskInfo[] {
  const out: AskInfo[] = [];
  for (const s of sentences) {
    if (!s.ask) continue;
    const paragraph = sentences.filter((p) => p.paragraph === s.paragraph);
    const earlier = mentions.filter((m) => m.start < s.end);
    const owner =
      s.mentions[0] ??
      paragraph[0]?.mentions.find((m) => m.person) ??
      earlier.find((m) => m.person) ??
      earlier.find((m) => m.broadcast) ??
      null;
    const reason =
      paragraph.find((p) => p !== s && (p.hasLink || REASON.test(p.text))) ??
      (REASON.test(s.text) || s.hasLink ? s : undefined);
    out.push({
      fact: { start: s.start, end: s.end, text: text.slice(s.start, s.end), kind: s.ask },
      sentence: s,
      deadline: deadlineFor(s, paragraph),
      owner: owner ? { start: owner.start, end: owner.end, text: owner.text } : null,
      toAnyone: ANYONE.test(s.text),
      why: reason
        ? { start: reason.start, end: reason.end, text: text.slice(reason.start, reason.end) }
        : null,
    });
  }
  return out;
}
