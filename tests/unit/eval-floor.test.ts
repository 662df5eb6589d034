import { describe, expect, it } from 'vitest';
import { runEval } from '../../lib/analysis/eval/run';

// Floors a little under what the engine reaches today (see `npm run eval`): a rule change that loses ground fails here.
describe('evaluation floors', () => {
  const { corpus, enron, datetime } = runEval();

  it('keeps per-category F1 on the labelled corpus, and clean drafts clean', () => {
    for (const [category, s] of Object.entries(corpus.categories)) {
      expect(s.f1, category).toBeGreaterThanOrEqual(0.95);
    }
    expect(Object.keys(corpus.categories).sort()).toEqual(['ask', 'context', 'deadline', 'recipient']);
    expect(corpus.cleanFlagged).toBeLessThanOrEqual(0.03);
  });

  it('reads asks, their kind, deadlines and dates on the corpus', () => {
    expect(corpus.hasAsk).toBeGreaterThanOrEqual(0.95);
    expect(corpus.askKind).toBeGreaterThanOrEqual(0.95);
    expect(corpus.deadline).toBeGreaterThanOrEqual(0.95);
    expect(corpus.date).toBeGreaterThanOrEqual(0.95);
  });

  it('detects asks in Enron sentences well above the always-negative baseline', () => {
    expect(enron.precision).toBeGreaterThanOrEqual(0.8);
    expect(enron.recall).toBeGreaterThanOrEqual(0.75);
    expect(enron.f1).toBeGreaterThanOrEqual(0.78);
    expect(enron.accuracy).toBeGreaterThan(enron.baseline + 0.13);
  });

  it('finds and resolves dates in the datetime spec', () => {
    expect(datetime.explicitAccuracy).toBeGreaterThanOrEqual(0.86);
    expect(datetime.dateAccuracy).toBeGreaterThanOrEqual(0.6);
    expect(datetime.spanPrecision).toBeGreaterThanOrEqual(0.95);
    expect(datetime.spanRecall).toBeGreaterThanOrEqual(0.54);
  });
});
