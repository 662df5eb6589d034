import { analyze } from '../analysis/analyze';
import { type CorpusScores, type Prf, prf, scoreCorpus } from './corpus';
import { locateAsks } from './examples';
import type { LabelledMessage } from './splits';

export interface MessageScores {
  corpus: CorpusScores;
  /** Each labelled ask found (overlapping a reported ask), each reported ask labelled. */
  asks: Prf;
  /** Of the found asks whose kind is labelled, the share with the right kind. */
  kind: number;
  /** Of the labelled explicit deadlines with a day, the share the found ask resolves to that day. */
  dates: { right: number; of: number };
  owner: { right: number; of: number };
  misses: string[];
}

/** Scores a set of labelled messages: the corpus's message-level figures plus ask-by-ask ones. */
export function scoreMessages(rows: LabelledMessage[]): MessageScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kindRight = 0;
  let kindOf = 0;
  const dates = { right: 0, of: 0 };
  const owner = { right: 0, of: 0 };
  const misses: string[] = [];
  for (const m of rows) {
    const report = analyze(m.draft);
    const labelled = locateAsks(m).map((at, i) => ({ ...at, label: m.asks[i]! }));
    const found = report.facts.asks;
    for (const l of labelled) {
      const hit = found.find((a) => a.start < l.end && a.end > l.start);
      if (!hit) {
        fn++;
        misses.push(`${m.id} missed ask: ${l.label.text}`);
        continue;
      }
      tp++;
      kindOf++;
      if (hit.kind === l.kind) kindRight++;
      owner.of++;
      if (hit.owner === l.label.owner) owner.right++;
      else misses.push(`${m.id} owner ${hit.owner} not ${l.label.owner}: ${l.label.text}`);
      const date = l.label.deadline?.date;
      if (date && !l.label.deadline?.vague) {
        dates.of++;
        const got = hit.deadline?.date;
        if (got?.slice(0, 10) === date) dates.right++;
        else misses.push(`${m.id} date ${got ?? 'none'} not ${date}: ${l.label.deadline?.text}`);
      }
    }
    for (const a of found) {
      if (!labelled.some((l) => a.start < l.end && a.end > l.start)) {
        fp++;
        misses.push(`${m.id} false ask: ${a.text}`);
      }
    }
  }
  const corpus = scoreCorpus(rows);
  return {
    corpus,
    asks: prf(tp, fp, fn),
    kind: kindOf ? kindRight / kindOf : 1,
    dates,
    owner,
    misses: [...corpus.misses, ...misses],
  };
}
