/**
 * What a person reads about each rule: its name and one tip to act on next time. One table, shared by the
 * overlay, popup, report, options and review pages. It is kept apart from the rule files on purpose: the
 * content script (no NLP, under 100 kB) must name rules without loading their checks. `registry.test.ts`
 * fails when a registered rule has no entry here, or an entry names no rule.
 */
export const RULE_TEXT: Readonly<Record<string, { name: string; tip: string }>> = {
  'greeting-only': { name: 'Greeting only', tip: 'Say what you need in the first message, not just "hi".' },
  'buried-ask': { name: 'Ask buried', tip: 'Put the ask in the first two sentences; context can follow.' },
  'stacked-questions': {
    name: 'Questions run together',
    tip: 'Number your questions so each one gets an answer.',
  },
  'reply-wanted-no-ask': { name: 'No clear ask', tip: 'If you want a reply, ask a concrete question.' },
  'missing-deadline': { name: 'No deadline', tip: 'Add a date: "by Thursday 3pm CET" beats no deadline.' },
  'vague-deadline': { name: 'Vague deadline', tip: 'Swap "soon" or "ASAP" for a real date and time.' },
  'relative-date': { name: 'Relative date', tip: 'Write the date ("Fri 14 Mar"), not just "Friday".' },
  'deadline-timezone': {
    name: 'Time without a timezone',
    tip: 'Add a timezone to times: "5pm CET", not "EOD".',
  },
  'no-owner': { name: 'No owner named', tip: 'Name who should do it: "Sam, can you …".' },
  'no-recipients': { name: 'No recipient', tip: 'Add a recipient before you send.' },
  'broadcast-mention': { name: 'Broadcast mention', tip: 'Save @channel and @here for real emergencies.' },
  'dangling-reference': {
    name: 'Unexplained reference',
    tip: 'Link the doc or call you mean instead of "as discussed".',
  },
  'unnamed-artifact': { name: 'Unnamed document', tip: 'Name or link "the doc", "the PR", "the ticket".' },
  'opening-pronoun': {
    name: 'Opens with "it" or "this"',
    tip: 'Open with the thing itself, not "it" or "this".',
  },
  'undefined-acronym': {
    name: 'Undefined acronym',
    tip: 'Spell out an acronym the first time, or add it to the glossary.',
  },
  'long-sentence': { name: 'Long sentence', tip: 'Split sentences longer than about 35 words.' },
  'wall-of-text': { name: 'Wall of text', tip: 'Break long paragraphs up, or use a short list.' },
  'hedging-filler': { name: 'Hedging filler', tip: 'Drop "just" and "sorry to bother": ask plainly.' },
};

const PHRASE = 'phrase:';

/**
 * The name a person reads for a rule id: "vague-deadline" → "Vague deadline", a preset's "phrase:per-my-email"
 * → "Team phrase: per my email". An id this version does not know (a newer preset) still reads as words.
 */
export function ruleName(id: string): string {
  const known = RULE_TEXT[id];
  if (known) return known.name;
  if (id.startsWith(PHRASE)) return `Team phrase: ${id.slice(PHRASE.length).replaceAll('-', ' ')}`;
  const words = id.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One line to act on next time; undefined for a rule this table does not know (callers pick a fallback). */
export function ruleTip(id: string): string | undefined {
  return RULE_TEXT[id]?.tip;
}
