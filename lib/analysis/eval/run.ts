import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { namesTimezone, readReference, resolveTimes } from '../facts/dates';
import { type CorpusScores, loadCorpus, scoreCorpus } from './corpus';
import { type DatetimeScores, loadDatetimeCases, scoreDatetime, type TimeFinder } from './datetime';
import { type EnronScores, scoreEnron } from './enron';

/**
 * Where the evaluation data lives: `CLEARSEND_SHARED`, else the team's `../shared` beside the checkout, else the
 * copy vendored in tests/data/shared (so a bare clone, as on CI, measures the same files).
 */
export const SHARED =
  process.env.CLEARSEND_SHARED ??
  [join(process.cwd(), '..', 'shared'), join(process.cwd(), 'tests', 'data', 'shared')].find((dir) =>
    existsSync(join(dir, 'corpus', 'drafts.jsonl')),
  ) ??
  join(process.cwd(), '..', 'shared');

/** The engine's own date finder, as the datetime spec sees it. */
export const engineTimes: TimeFinder = (text, reference) => {
  const ref = readReference(/[zZ]|[+-]\d\d:?\d\d$/.test(reference) ? reference : `${reference}Z`);
  if (!ref) return [];
  return resolveTimes(text, ref, namesTimezone(text));
};

export interface EvalFigures {
  corpus: CorpusScores;
  enron: EnronScores;
  datetime: DatetimeScores;
}

export function runEval(shared = SHARED): EvalFigures {
  const corpus = scoreCorpus(loadCorpus(join(shared, 'corpus', 'drafts.jsonl')));
  const { errors: _errors, ...enron } = scoreEnron(join(shared, 'data', 'enron-intent-verified'));
  const datetime = scoreDatetime(
    loadDatetimeCases(join(shared, 'data', 'datetime-en', 'DateTimeModel.json')),
    engineTimes,
  );
  return { corpus, enron, datetime };
}
