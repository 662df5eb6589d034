import type { AskFact, DeadlineFact, Report, Span } from '../analysis/types';
import { blockAt } from './draft';
import type { ActionItem, PlacedBlock, When } from './types';

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** "When" in the reader's terms: a resolved date, a vague phrase, words with no date, or nothing. */
export function describeWhen(deadline: DeadlineFact | null | undefined): When {
  if (!deadline) return { state: 'none' };
  if (deadline.vague) return { state: 'vague', words: deadline.text };
  if (deadline.date) return { state: 'date', date: deadline.date, words: deadline.text };
  return { state: 'unresolved', words: deadline.text };
}

function ownerOf(ask: AskFact, report: Report): Span | null {
  const entry = report.checklist.find((item) => item.ask.start === ask.start);
  if (entry) return entry.who;
  // The engine builds a checklist for task asks only; a question still has an owner when it names one.
  return report.facts.mentions.find((mention) => within(mention, ask)) ?? null;
}

function deadlineOf(ask: AskFact, report: Report): DeadlineFact | null {
  const entry = report.checklist.find((item) => item.ask.start === ask.start);
  if (entry) return entry.when;
  return report.facts.deadlines.find((deadline) => within(deadline, ask)) ?? null;
}

/**
 * Every ask of the document, in reading order, as a checklist line that knows its block for the jump.
 * A document addresses different people in different sections: an owner or a date is the ask's only when it
 * stands in the ask's own block, never carried over from an earlier paragraph.
 */
export function buildActionItems(report: Report, blocks: PlacedBlock[]): ActionItem[] {
  return [...report.facts.asks]
    .sort((a, b) => a.start - b.start)
    .map((ask) => {
      const block = blockAt(blocks, ask.start);
      const own = <T extends Span>(span: T | null): T | null =>
        span && (!block || within(span, block)) ? span : null;
      return {
        what: ask.text.trim(),
        kind: ask.kind,
        who: own(ownerOf(ask, report))?.text.trim() || null,
        when: describeWhen(own(deadlineOf(ask, report))),
        block: block?.text ?? ask.text,
        start: ask.start,
        end: ask.end,
      };
    });
}
