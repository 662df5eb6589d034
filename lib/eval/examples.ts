import { buildContext } from '../analysis/context';
import { askDecidedByStructure } from '../analysis/facts/asks';
import type { Draft } from '../analysis/types';
import { type EnronSentence, enronDraft, type LabelledMessage, type Split } from './splits';

/** One sentence as the ask model sees it, with its label. */
export interface Example {
  features: string[];
  ask: boolean;
  /** For asks: a question (answer wanted) rather than a task. */
  question?: boolean;
  text: string;
  /** Which data it comes from: the team's own messages weigh more than Enron's (see train.ts). */
  source: 'messages' | 'enron';
  /** The structural rules decide whether it is an ask (facts/asks.ts): the ask model is not fitted on it. */
  byStructure: boolean;
  /** Settled as no ask by the draft around it, a page's describing list line (facts/document-lists.ts). */
  describes?: boolean;
}

/** The engine's own sentences and features for a draft: training sees exactly what analysis sees. */
export const sentencesOf = (draft: Draft) => buildContext(draft, {}, draft.text).sentences;

/** Where each labelled ask sits in the draft, found in order so a repeated sentence maps to its own place. */
export function locateAsks(m: LabelledMessage): { start: number; end: number; kind: 'task' | 'question' }[] {
  let from = 0;
  return m.asks.flatMap((a) => {
    let at = m.draft.text.indexOf(a.text, from);
    if (at < 0) at = m.draft.text.indexOf(a.text);
    if (at < 0) throw new Error(`${m.id}: ask "${a.text}" is not in the draft`);
    from = at + a.text.length;
    return [{ start: at, end: at + a.text.length, kind: a.kind }];
  });
}

/** A sentence is an ask when it overlaps a labelled ask; its kind is that ask's. */
export function messageExamples(m: LabelledMessage): Example[] {
  const asks = locateAsks(m);
  return sentencesOf(m.draft).map((s) => {
    const hit = asks.find((a) => a.start < s.end && a.end > s.start);
    return {
      features: s.askFeatures,
      ask: !!hit,
      ...(hit ? { question: hit.kind === 'question' } : {}),
      text: s.text,
      source: 'messages' as const,
      byStructure: !!s.describes || askDecidedByStructure(s.text, s.askFeatures),
      describes: !!s.describes,
    };
  });
}

/**
 * An Enron line is one labelled unit. A negative line's sentences are all negatives; a positive line that the
 * splitter cuts in two does not say which half asks, so it trains nothing (it is still scored as a whole).
 */
export function enronExamples(e: EnronSentence): Example[] {
  const sentences = sentencesOf(enronDraft(e.text));
  if (e.positive && sentences.length !== 1) return [];
  return sentences.map((s) => ({
    features: s.askFeatures,
    ask: e.positive,
    text: s.text,
    source: 'enron' as const,
    byStructure: askDecidedByStructure(s.text, s.askFeatures),
  }));
}

export const inSplit =
  <T extends { split: Split }>(split: Split) =>
  (m: T) =>
    m.split === split;
