import { analyze } from '../analysis/analyze';
import { type Prf, prf } from './corpus';
import { type EnronFold, type EnronSentence, enronDraft } from './splits';

export interface EnronScores extends Prf {
  sentences: number;
  accuracy: number;
  baseline: number;
}

/** Each line is a draft on its own (an email sentence); an ask found in it is a positive. */
export function scoreEnron(rows: EnronSentence[], fold?: EnronFold): EnronScores & { errors: string[] } {
  const picked = fold ? rows.filter((r) => r.fold === fold) : rows;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const r of picked) {
    const found = analyze(enronDraft(r.text)).facts.asks.length > 0;
    if (found && r.positive) tp++;
    else if (found) {
      fp++;
      errors.push(`FP ${r.text}`);
    } else if (r.positive) {
      fn++;
      errors.push(`FN ${r.text}`);
    }
  }
  const negatives = picked.filter((r) => !r.positive).length;
  return {
    ...prf(tp, fp, fn),
    sentences: picked.length,
    accuracy: picked.length ? (tp + negatives - fp) / picked.length : 1,
    baseline: picked.length ? negatives / picked.length : 1,
    errors,
  };
}
