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
  // test with the sixth and seventh fresh sets' rows (stop 26): asks 0.963, kind 0.983, owner 0.970, dates 0.914,
  // clean warned 4.3%; the shared corpus 3.2% (one of 31); Enron held-out 0.659. One dated ask moves dates 0.6 points.
  // With the tenth to twelfth sets' rows (stop 30, 580 test messages): asks 0.957, kind 0.984, owner 0.950, dates
  // 0.923, clean warned 5.7%; Enron held-out F1 0.646, accuracy 0.737, 0.087 over always-negative (its dev fold
  // 0.670 at the start and the end of the stop: the held-out fold moves with each retraining by about ±0.01).
  testAskF1: 0.94,
  testKind: 0.95,
  testOwner: 0.94,
  testDates: 0.89,
  testCleanFlagged: 0.06,
  corpusCleanFlagged: 0.1,
  corpusCategoryF1: 0.8,
  enronHeldoutF1: 0.64,
  enronOverBaseline: 0.08,
};
