/**
 * Proposed meetings: the reader has to accept, decline or turn up, so they count as asks even when phrased as a
 * plan ("we meet Tuesday at 10"), an offer ("happy to discuss") or a cheer ("See you Monday!").
 */

/** Getting together in person, on the phone or over a meal. */
const GATHERING =
  /\b(?:meet|meeting|get together|get with you|catch up|sit down|discuss|discussion|talk (?:to|with|about|over|through|more|further)|(?:to|can|could|should|we|let's|lets) talk|chat|call (?:you|me|us)|(?:a|the|conference|phone) call|lunch|dinner|breakfast|coffee|drinks|de-?brief|visit|appointment|interview|offsite|party|happy hour|see (?:you|me|him|her|them)|seeing you|join (?:us|me|you|him|her|them))\b/;

/** A time still ahead: a day, a clock time, "next week". */
const AHEAD =
  /\b(?:tomorrow|tonight|tonite|later today|next (?:week|wk|month|time|\w+day)|this (?:week|afternoon|evening|morning|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:tue|tues|wed|thu|thur|thurs|fri)\b|\d{1,2}(?::\d\d)? ?[ap]\.?m\b|at \d{1,2}(?::\d\d)?\b(?![-/.]\d)|noon|the \d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/;

/** The gathering already happened, or is only wished for: a report or a regret, not a plan. */
const BEHIND =
  /\b(?:yesterday|last (?:week|night|month|time|\w+day)|ago|earlier today|was|were|had|did|didn't|met|called|discussed|talked|attended|went|spoke|enjoyed|should've|should have|would have|missed|thanks? (?:you )?for)\b/;

/** The reader takes part: a meeting among others is news, not a proposal. */
const READER = /\b(?:you|your|we|we'll|we're|we've|us|let's|lets)\b/;

/** Offering or inviting without a time: "happy to discuss", "we'd love to have you join", "if you'd like to meet". */
const OFFER =
  /\b(?:glad|happy|pleased|available|free) to (?:join|meet|discuss|talk|chat|get together|reschedule|sit down|catch up)\b|\binvite you\b|\b(?:like|love) (?:for )?(?:you|to have you)(?: \w+){0,3} (?:to )?join\b|\bif you(?:'d| would) like to (?:meet|discuss|talk|get together|see|attend|join)\b|\bif you want to (?:meet|discuss|talk|get together|attend|join)\b|\bhope (?:that )?you (?:can|could|will be able to|'ll be able to) (?:join|attend|participate|make it|come)\b/;

/** Answering a proposed time: "Thursday works for me", "we're on for 8:15". */
const TIME_REPLY =
  /\b(?:works?|would work|is good|is fine|is ok|are good)(?: best| better| well| fine| great)? for (?:me|us|everyone|all)\b|\bwe(?:'re| are) (?:ok|okay|good|set|on) for\b|\b(?:works|would work)(?: best| better)?(?: next week|[.!]?$)/;

export function proposesMeeting(lower: string): boolean {
  if (/^see you\b/.test(lower)) return true;
  if (OFFER.test(lower)) return true;
  if (BEHIND.test(lower) || !AHEAD.test(lower)) return false;
  return TIME_REPLY.test(lower) || (READER.test(lower) && GATHERING.test(lower));
}
