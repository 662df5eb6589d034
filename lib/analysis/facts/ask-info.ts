import { isGroupContext } from '../draft-kind';
import type { SentenceInfo } from '../sentence-info';
import type { AskFact, DeadlineFact, Draft, OwnerKind, Span } from '../types';
import { commitsOnly, statesOwnNeed } from './asks';
import type { Mention } from './mentions';
import { GREETING, OPENER } from './small-talk';

/** One ask with everything the rules and the checklist read: one per asking sentence, never repeated. */
export interface AskInfo {
  fact: AskFact;
  sentence: SentenceInfo;
  deadline: DeadlineFact | null;
  /** The name or @mention that owns it, when one does. */
  owner: Span | null;
  why: Span | null;
}

/** Addressed to nobody in particular: "can someone", "whoever has access", "need a volunteer", "y'all". */
const ANYONE =
  /\b(?:someone|somebody|anyone|anybody|whoever|everyone|everybody|(?:a|an|any|some|more|another|one|two|three|\d+) (?:extra )?volunteers?)\b|\bvolunteers? (?:needed|wanted)\b/i;
/**
 * "one of you", "each of you", "you all": some of the readers, unnamed. Under a greeting that names them ("Dear
 * Akira and Mei,") they are those named; in a channel or under "Hi all," nobody in particular.
 */
const SOME_OF_YOU =
  /\b(?:one of you|either of you|any of you|all of you|each of you|both of you|y'all|you all|you guys)\b/i;
/** Words that give the reason or the context for an ask. */
const REASON =
  /\b(?:because|so (?:that|we|i|they|it|you)|since|in order to|blocking|blocks|blocked|otherwise|for context|context:|background:|the reason|that way|due to|needed for|needs? (?:it|this|them) (?:for|to|before))\b/i;
/** Openers that come before the action itself: a vocative, "please", "could you". */
const BEFORE_ACTION = new RegExp(
  String.raw`^(?:(?:[-*•]|\d{1,2}[.)]|\[[ xX]?\])\s+)*(?:(?:@\S+|\p{Lu}[\p{L}'’-]+(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]+)?)\s*[,:–—-]\s*)?(?:(?:${GREETING}|${OPENER}|please|pls|kindly|just)[\s,]+)*(?:(?:can|could|would|will)\s+(?:you|someone|somebody|anyone|one of you)\s+(?:please\s+|pls\s+|kindly\s+)?)?(?:please\s+|pls\s+)?`,
  'iu',
);

type Time = SentenceInfo['times'][number];
/** Of two deadlines ("a date before Dec 11, and tell me the slot by Dec 2") the sooner is the first one due. */
const soonestDeadline = (times: Time[]) =>
  times
    .filter((t) => t.prefixed)
    .reduce<Time | undefined>((a, t) => (!a || t.date < a.date ? t : a), undefined);

/** A clause boundary between two offsets of a sentence: "whenever you can, the committee meets on the 3rd". */
const clauseBetween = (s: SentenceInfo, from: number, to: number) =>
  /[,;:–—]/.test(s.text.slice(from - s.start, to - s.start));

function toDeadline(s: SentenceInfo, question: boolean, borrowed = false): DeadlineFact | null {
  // "when you get a sec", "in the next days": a time read inside a vague phrase is that phrase, not a date (but
  // "end of next week" holds the vague "next week" and is a date).
  const times = s.times.filter((t) => !s.vague.some((v) => v.start <= t.start && t.end <= v.end));
  // "send them whenever you can, the committee meets on the 3rd": the vague time is this ask's; a date in a later
  // clause is news beside it.
  const firstVague = s.vague.find((v) => !(question && BARE_PERIOD.test(v.text)));
  const vagueFirst = firstVague && times[0] && firstVague.end <= times[0].start && !times[0].prefixed;
  const usable = vagueFirst && clauseBetween(s, firstVague.end, times[0]!.start) ? [] : times;
  // "order the drives today so they arrive before the Monday ingest": a time in the reason says why it is due
  // then, not when, when the ask before it names one.
  const reason = REASON.exec(s.text);
  const beforeReason = reason ? usable.filter((t) => t.start < s.start + reason.index) : usable;
  // A question's "on Friday" is usually what it asks about; only "by Friday" makes it due.
  // A sentence after the ask lends it a date ("We close our books on Dec 4, so we need an answer by Tuesday"): its
  // "by …" is said for the ask, a bare date in it is news.
  const t = borrowed
    ? (soonestDeadline(usable) ?? (question ? undefined : usable[0]))
    : (soonestDeadline(beforeReason) ??
      (question ? undefined : beforeReason[0]) ??
      soonestDeadline(usable) ??
      (question ? undefined : usable[0]));
  // "around the 10th", "roughly mid-December": a hedged day is no commitment to it ("about" is left out: "the
  // note about Friday's outage" names the day it is about).
  const hedge = t && HEDGED.exec(s.text.slice(0, t.start - s.start));
  if (t && hedge)
    return { start: t.start - hedge[0].length, end: t.end, text: hedge[0] + t.text, vague: true };
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
  // "did the transit fees change this month?", "you are on call this week?": in a question a bare period is what
  // it asks about; "ASAP" or "when you can" still says when the answer is wanted.
  const v = s.vague.find((x) => !(question && BARE_PERIOD.test(x.text)));
  return v ? { ...v, vague: true } : null;
}

const BARE_PERIOD = /^(?:this|next) (?:week|month)$/i;
/** "Please let me know by Friday.", "lmk before 3, as I need to book it": when to answer, with nothing else asked. */
const ANSWER_BY =
  /^(?:(?:so|and|then)\s+)?(?:(?:please|pls|kindly)\s+)?(?:let (?:me|us) know|lmk|tell me|get back to me|revert(?: back)?)(?:\s+(?:please|pls))?\s+(?:by|before|until|till|latest|no later than|today|tonight|tomorrow|this|on|at|in)\b[^?]*[.!]?$/i;
// Not "are you around tomorrow at 11?", where "around" is the reader, there.
const HEDGED =
  /(?<!\b(?:you|u|be|are|is|am|r|i|we|they|he|she|i'm|we're|they're|you're)\s+)\b(?:around|approximately|roughly|circa)\s+$/i;

/** A date said again by pointing back at it: "review it the same day", "before the same date", "by then". */
const SAME_DAY = /\b(?:(?:the |that )(?:very )?same (?:day|date)|by then|by that (?:day|date|time))\b/i;

/**
 * "Please post the rota by Monday 11/30. Can you review it the same day?": the day pointed back at is the latest
 * one written before it in the message, which this ask is then due on.
 */
function sameDayAs(sentences: SentenceInfo[], i: number): DeadlineFact | null {
  const s = sentences[i]!;
  const m = SAME_DAY.exec(s.text);
  if (!m) return null;
  const at = s.start + m.index;
  const before = sentences
    .slice(0, i + 1)
    .flatMap((p) => p.times)
    .filter((t) => t.end <= at);
  const day = before[before.length - 1];
  return day ? { start: at, end: at + m[0].length, text: m[0], vague: false, date: day.date } : null;
}

/**
 * This ask's deadline: in its own sentence, else in the next one ("Can you review it? Need it by Friday."), else,
 * for a list item, in the line that leads the list ("All of these by Friday:").
 */
function deadlineFor(sentences: SentenceInfo[], i: number): DeadlineFact | null {
  const s = sentences[i]!;
  const question = s.ask === 'question';
  const own = toDeadline(s, question) ?? sameDayAs(sentences, i);
  const next = sentences[i + 1];
  // "could you cover my saturday 6am shift? need to know by tomorrow": the shift's time is what is asked about;
  // the writer's need after it, with its "by", says when the answer is due.
  if (
    own &&
    next?.paragraph === s.paragraph &&
    !s.times.some((t) => t.prefixed) &&
    next.times.some((t) => t.prefixed) &&
    statesOwnNeed(next.askFeatures)
  )
    return toDeadline(next, true);
  if (own) return own;
  // The next list item is a task of its own, not this one's deadline; after a question only "by …" makes it due
  // ("Which currency is right? We need an answer by Tuesday.").
  // Nor is the next sentence's when it puts an ask of its own to someone it names ("Anton, please take the clocks
  // in. Maria, can you write the report by Sunday?"): its time is that ask's. A follow-up to the same reader
  // ("Please check the payment flows. Kindly revert back by tomorrow EOD.") still says when both are due.
  const asksOwn =
    !!next?.ask && next.askFeatures.includes('addressedPerson') && !statesOwnNeed(next.askFeatures);
  const following =
    next && next.paragraph === s.paragraph && !next.listItem && !asksOwn
      ? toDeadline(next, question, true)
      : null;
  if (question) {
    if (following) return following.vague ? null : following;
    // "how many seats did we end up with? I'm sending the count to the venue tomorrow morning", "…? i need it for
    // the store copy in the next 2 hours": the writer's own plan or need right after a question says when the
    // answer is wanted, with or without a "by".
    const plan =
      next?.paragraph === s.paragraph &&
      !next.ask &&
      !next.listItem &&
      (statesOwnNeed(next.askFeatures) || commitsOnly(next.askFeatures));
    if (plan) return toDeadline(next, false, true);
    const after = sentences[i + 2];
    const answerBy = !!next && !next.ask && after?.paragraph === s.paragraph && ANSWER_BY.test(after.text);
    return answerBy ? toDeadline(after, false, true) : null;
  }
  if (following) return following;
  // "can you move my flight? the meeting was brought forward. I need it booked by tonight": a reason between
  // the ask and the writer's need, with its "by", does not part them.
  const after = sentences[i + 2];
  if (
    next &&
    !next.ask &&
    next.times.length === 0 &&
    after?.paragraph === s.paragraph &&
    after.times.some((t) => t.prefixed) &&
    statesOwnNeed(after.askFeatures)
  )
    return toDeadline(after, true);
  if (!s.listItem) return null;
  let lead = i - 1;
  while (lead >= 0 && sentences[lead]!.listItem) lead--;
  const leader = sentences[lead];
  // "Here's what shipped this month:" leads a report: a past line's time is when things happened.
  if (!leader || leader.askFeatures.includes('pastTense')) return null;
  return !leader.ask || /:$/.test(leader.text) ? toDeadline(leader, true) : null;
}

const GREETED = new RegExp(String.raw`^(?:${GREETING})[\s,]+$`, 'i');

const ADDRESS_BEFORE = new RegExp(
  String.raw`^(?:(?:[-*•]|\d{1,2}[.)]|\[[ xX]?\])\s*)*(?:${GREETING}\s+)?$`,
  'i',
);

/** A mention at the start of its sentence (after a list marker) addresses the reader; "thanks @Anil" mid-way does not. */
const addresses = (s: SentenceInfo, m: Mention) =>
  m.person && ADDRESS_BEFORE.test(s.text.slice(0, m.start - s.start));

function ownerOf(
  s: SentenceInfo,
  addressed: Mention | undefined,
  group: boolean,
  thread: boolean,
): [OwnerKind, Mention | null] {
  const named = s.mentions.find((m) => m.person);
  // "Hello Olumide, how many seats…" to the one reader greets them: the ask is theirs as any "you" is. A name put
  // to the ask itself ("Ingrid, could you…") names its owner, in a DM too.
  if (named && !group && GREETED.test(s.text.slice(0, named.start - s.start))) return ['you', named];
  if (named) return ['named', named];
  if (s.mentions.some((m) => m.broadcast) || ANYONE.test(s.text)) return ['unowned', null];
  if (SOME_OF_YOU.test(s.text)) return addressed ? ['named', addressed] : ['unowned', null];
  // "Let's …" takes the writer along: whoever else joins, it has an owner.
  if (s.askFeatures.includes('letUs')) return [addressed ? 'named' : 'you', addressed ?? null];
  // A lone reader (a DM, one recipient, the author of the thread being answered) owns whatever "you" is asked,
  // greeted by name or not; in a group, the name greeted is the owner and a bare "you" is nobody's. A thread is
  // read by its channel: a name it opens on ("@Raj thanks! can you also…") says who, as in the channel.
  if (!group) return [thread && addressed ? 'named' : 'you', addressed ?? null];
  return addressed ? ['named', addressed] : ['unowned', null];
}

/** A sentence of @mentions and nothing else: "@Jun", "@Ana @Bo". */
const isOnlyMentions = (s: SentenceInfo) =>
  s.mentions.length > 0 && /^(?:@[\p{L}\p{N}._-]+[\s,]*)+[.!?]*$/u.test(s.text.trim());

const spanOf = (s: { start: number; end: number }, text: string): Span => ({
  start: s.start,
  end: s.end,
  text: text.slice(s.start, s.end),
});

/** `text` is the draft as written: spans quote it, not the masked copy the rules read. */
export function buildAsks(sentences: SentenceInfo[], draft: Draft, text: string): AskInfo[] {
  const out: AskInfo[] = [];
  // A thread reply answers the thread's author: its "you" is them, as in a DM.
  const group = isGroupContext(draft) && draft.kind !== 'thread';
  // The greeting's name ("Hi Sam,") addresses the whole message; a later vocative, its own paragraph; a list
  // item's owner ("- @Lucas: book the bus") only that item.
  const greeting = sentences[0]?.mentions.find((m) => addresses(sentences[0]!, m));
  // The writer's own need right after an ask explains that ask ("…? We need it by Tuesday."): not an ask itself.
  // So is "Let me know by Friday." after a question or a task: it says when that ask is due, it asks nothing new.
  const asking = (i: number) => {
    const s = sentences[i];
    const prev = sentences[i - 1];
    if (!s?.ask) return false;
    const follows = !!prev?.ask && prev.paragraph === s.paragraph;
    const answerBy = ANSWER_BY.test(s.text);
    if (follows && (statesOwnNeed(s.askFeatures) || answerBy)) return false;
    // "did the payment come in? He says he sent it on Monday. Let me know by 2pm.": past a sentence of context too.
    const before = sentences[i - 2];
    return !(answerBy && prev && !prev.ask && before?.ask && before.paragraph === s.paragraph);
  };
  sentences.forEach((s, i) => {
    if (!asking(i)) return;
    // "Everything below by Monday, please:" leads a list; its items are the asks and inherit its deadline. So does
    // "Kindly complete your items as below:" before lines handed to names ("Prakash: printers configured by …").
    // (A colon before a link introduces the link: "Please read the memo before the meeting: https://…".)
    if (/:$/.test(s.text) && !s.hasLink && (sentences[i + 1]?.listItem || asking(i + 1))) return;
    const paragraph = sentences.filter(
      (p) => p.paragraph === s.paragraph && p.start < s.start && !p.listItem,
    );
    const addressed =
      [...paragraph].reverse().flatMap((p) => p.mentions.filter((m) => addresses(p, m)))[0] ?? greeting;
    // "did anyone fix that issue from last week? @Jun": a line of @mentions alone after an ask puts it to them.
    const next = sentences[i + 1];
    const taggedAfter =
      next && isOnlyMentions(next) ? next.mentions.find((m) => m.person && !m.broadcast) : undefined;
    const [owner, who] = taggedAfter
      ? (['named', taggedAfter] as const)
      : ownerOf(s, addressed, group, draft.kind === 'thread');
    const neighbours = [i + 1, i - 1].flatMap((k) => {
      const p = sentences[k];
      return p && p.paragraph === s.paragraph && !asking(k) ? [p] : [];
    });
    const reason =
      REASON.test(s.text) || s.hasLink ? s : neighbours.find((p) => p.hasLink || REASON.test(p.text));
    const written = text.slice(s.start, s.end);
    out.push({
      fact: {
        start: s.start,
        end: s.end,
        text: written,
        kind: s.ask!,
        action: written.replace(BEFORE_ACTION, '').trim() || written,
        owner,
      },
      sentence: s,
      deadline: deadlineFor(sentences, i),
      owner: who ? spanOf(who, text) : null,
      why: reason ? spanOf(reason, text) : null,
    });
  });
  return out;
}
