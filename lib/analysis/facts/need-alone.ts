import type { SentenceInfo } from '../sentence-info';

/**
 * "I need the deck by Friday.", "Luca, I need the customs declaration within 48 hours": in a message to someone
 * that asks nothing else, the writer's need for a thing by a time is what the reader is to supply. After an ask the
 * same sentence is that ask's deadline (facts/ask-info.ts), and without a time ("I need a day to get them
 * captioned") or on a page it states a plan, so neither is read here. The ask model alone cannot tell these apart:
 * its data sees the need mostly right after an ask.
 */
export function needAloneAsks(sentences: readonly SentenceInfo[]): boolean[] {
  if (sentences.some((x) => x.ask !== null)) return sentences.map(() => false);
  return sentences.map((s) => {
    const f = s.askFeatures;
    return (
      !s.describes &&
      (f.includes('in=chat') || f.includes('in=email')) &&
      f.includes('needThing') &&
      f.includes('deadline') &&
      !f.includes('pastTense') &&
      !f.includes('conditional') &&
      !f.includes('questionMark')
    );
  });
}
