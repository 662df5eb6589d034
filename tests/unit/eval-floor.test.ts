import { describe, expect, it } from 'vitest';
import { runEval } from '../../lib/eval/run';

// Floors a little under what the engine reaches on data it was never trained or tuned on (`npm run eval`): the
// test split of the team's labelled messages, Enron's held-out fold, the shared corpus and the datetime spec.
// Dev is for tuning and train for fitting, so neither has a floor.
describe('evaluation floors (held-out data only)', () => {
  const { splits, corpus, enron, datetime } = runEval();
  const test = splits.test;

  it('finds the asks of unseen messages, with their kind, owner and day', () => {
    expect(test.asks.f1).toBeGreaterThanOrEqual(FLOOR.testAskF1);
    expect(test.kind).toBeGreaterThanOrEqual(FLOOR.testKind);
    expect(test.owner.right / test.owner.of).toBeGreaterThanOrEqual(FLOOR.testOwner);
    expect(test.dates.right / test.dates.of).toBeGreaterThanOrEqual(FLOOR.testDates);
  });

  it('keeps clean unseen messages clean', () => {
    expect(test.corpus.cleanFlagged).toBeLessThanOrEqual(FLOOR.testCleanFlagged);
    expect(corpus.cleanFlagged).toBeLessThanOrEqual(FLOOR.corpusCleanFlagged);
  });

  it('flags what the shared corpus labels, per category', () => {
    for (const [category, s] of Object.entries(corpus.categories)) {
      expect(s.f1, category).toBeGreaterThanOrEqual(FLOOR.corpusCategoryF1);
    }
  });

  it("detects asks in Enron's held-out fold well above the always-negative baseline", () => {
    expect(enron.heldout.f1).toBeGreaterThanOrEqual(FLOOR.enronHeldoutF1);
    expect(enron.heldout.accuracy).toBeGreaterThan(enron.heldout.baseline + FLOOR.enronOverBaseline);
  });

  it("finds and resolves dates in the datetime spec's held-out half", () => {
    expect(datetime.heldout.explicitAccuracy).toBeGreaterThanOrEqual(0.86);
    expect(datetime.heldout.dateAccuracy).toBeGreaterThanOrEqual(0.62);
    expect(datetime.heldout.spanPrecision).toBeGreaterThanOrEqual(0.95);
    expect(datetime.heldout.spanRecall).toBeGreaterThanOrEqual(0.54);
  });
});

const FLOOR = {
  testAskF1: 0.85,
  testKind: 0.95,
  testOwner: 0.9,
  // 0.87 with the third fresh set's 39 test rows (their dates are the hardest seen: the whole file scored 90.2%
  // untouched); one dated ask moves it 1.1 points
  testDates: 0.85,
  testCleanFlagged: 0.15,
  corpusCleanFlagged: 0.2,
  corpusCategoryF1: 0.8,
  enronHeldoutF1: 0.64,
  enronOverBaseline: 0.09,
};
