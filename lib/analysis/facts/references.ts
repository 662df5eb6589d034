import { GREETING, OPENER } from './small-talk';

/** Context the reader is expected to already have. Offsets are within the sentence. */
export interface ReferenceHit {
  start: number;
  end: number;
  text: string;
  kind: 'phrase' | 'artifact';
}

const DANGLING =
  /\b(?:as (?:per )?(?:we |I )?(?:discussed|mentioned|agreed|promised|requested)(?: (?:earlier|before|previously|yesterday|last week))?|per (?:our|my|your) (?:last |earlier |previous |recent )?(?:call|conversation|discussion|chat|meeting|talk|email|e-mail|message|note|sync)|see (?:above|my (?:last|previous|earlier) (?:email|message|note))|(?:following|circling) (?:up|back) on (?:our|my|the|that) (?:call|conversation|discussion|chat|meeting|email|thread|ticket|issue|doc)|as (?:we |I )?(?:talked|spoke)(?: about)?(?: (?:on the phone|earlier|yesterday|last week|before))?|as mentioned (?:in|on) (?:the|our) (?:meeting|call|phone)|per (?:yesterday|today|this morning|last night|last week|(?:mon|tues|wednes|thurs|fri)day)['’]s (?:call|conversation|discussion|chat|meeting|talk|email|sync)|see the (?:email|message|thread|note) from (?:yesterday|this morning|earlier|last week|(?:mon|tues|wednes|thurs|fri)day)|like I said|as I said|from (?:our|the) (?:call|meeting|discussion) (?:earlier|yesterday|today)|(?:re|regarding) (?:our|the) (?:call|conversation|chat)(?: earlier| yesterday)?|the thing we talked about|(?<=\p{L}\s+(?:that\s+|which\s+)?)(?:we|you) (?:talked about|discussed|spoke about|mentioned|agreed on|went over)(?=\s*(?:$|[,.;:!?)]|(?:to|by|for|with|on|in|at|and|yesterday|earlier|last|before|today|this)\b)))\b/giu;

const ARTIFACT =
  /\b(?:the|that|this|those|these)\s+(?:(?:new|latest|updated|revised|old|final|draft|shared|same|other|last)\s+)?(doc|docs|document|pr|pull request|ticket|link|spreadsheet|sheet|deck|slides|file|attachment|repo|figma|mockups?|spec|proposal|write-up|writeup|version)\b|\bthat (issue|bug|thread)\b/gi;

/** Words that end a noun phrase; any other word after "the doc" makes it a compound ("the doc template"). */
const PHRASE_END = new Set(
  `is was are were has had have will would should can could with when by to and or so that which we i you he she
they it yet again soon today tomorrow now please asap before after until if but as at in up over back out ready
done here there too first later still already`.split(/\s+/),
);

/**
 * What follows a noun that names it: "ticket #8812", "the doc 'Q1 plan'", "the PR (…)", "PR 2214", "the deck from
 * Marketing" — but not a time: "that issue from last week" says only when it came up.
 */
const NAMED_AFTER =
  /^\s*(?:#?\d|[(:"“'‘]|called\b|named\b|titled\b|for\b|on\b|about\b|from\b|in\s+(?:\p{Lu}|#))/u;
const FROM_A_TIME =
  /^\s+from (?:last (?:week|night|month|time)|yesterday|this morning|earlier|the other day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

export function findReferences(text: string, hasLinkNearby: boolean): ReferenceHit[] {
  const hits: ReferenceHit[] = [];
  for (const m of text.matchAll(DANGLING)) {
    const start = m.index ?? 0;
    hits.push({ start, end: start + m[0].length, text: m[0], kind: 'phrase' });
  }
  if (hasLinkNearby) return hits;
  for (const m of text.matchAll(ARTIFACT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const rest = text.slice(end);
    const when = FROM_A_TIME.exec(rest)?.[0];
    if (when) {
      hits.push({ start, end: end + when.length, text: m[0] + when, kind: 'artifact' });
      continue;
    }
    if (NAMED_AFTER.test(rest)) continue;
    const next = /^\s+([\p{L}'’]+)/u.exec(rest)?.[1]?.toLowerCase();
    if (next && !PHRASE_END.has(next)) continue;
    if (/^(?:this|these)\b/i.test(m[0]) && /page|thread|email/i.test(m[1] ?? '')) continue;
    hits.push({ start, end, text: m[0], kind: 'artifact' });
  }
  return hits;
}

/** "it broke again", "This is still broken": a message opening on a pronoun with nothing for it to point to. */
const OPENING_PRONOUN = new RegExp(
  String.raw`^(?:(?:${GREETING}|${OPENER})[,!\s-]+)?(it|this|that|these|those)\b(?=\s+(?:is|was|isn't|wasn't|'s|still|broke|broken|keeps|kept|has|hasn't|had|does|doesn't|did|didn't|will|won't|should|needs|need|works|worked|looks|seems|failed|fails|happened|just|also|again|really|can|can't|could|might|must|are|aren't|were|weren't)\b)|^(it's|that's|this's)\b`,
  'i',
);

/**
 * "This is to inform you that…", "This is to let you know…", "This is a reminder that…", "It is with pleasure…":
 * a letter's opening formula; its pronoun points at the message itself, which the reader has.
 */
const OPENING_FORMULA =
  /^(?:(?:\p{L}+[,!\s-]+)?)(?:this|it) (?:is|'s) (?:(?:just|simply) )?(?:to (?:inform|let|confirm|notify|advise|remind|announce|tell|say|update|ask|request)\b|an? (?:quick |short |brief |friendly |gentle )?(?:reminder|note|heads[- ]up|update|notice|announcement)\b|with (?:great |deep )?(?:pleasure|regret|sadness)\b)/iu;

export function findOpeningPronoun(text: string): { start: number; end: number; text: string } | null {
  if (OPENING_FORMULA.test(text)) return null;
  const m = OPENING_PRONOUN.exec(text);
  if (!m) return null;
  const word = m[1] ?? m[2] ?? '';
  const start = m[0].toLowerCase().lastIndexOf(word.toLowerCase());
  return { start, end: start + word.length, text: text.slice(start, start + word.length) };
}
