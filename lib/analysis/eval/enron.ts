import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analyze';
import { type Prf, prf } from './corpus';

export interface EnronScores extends Prf {
  sentences: number;
  accuracy: number;
  baseline: number;
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Each line is a draft on its own (an email sentence); an ask found in it is a positive. */
export function scoreEnron(
  dir: string,
  now = '2001-05-01T09:00:00-07:00',
): EnronScores & { errors: string[] } {
  const pos = lines(join(dir, 'intent_pos'));
  const neg = lines(join(dir, 'intent_neg'));
  let tp = 0;
  let fp = 0;
  const errors: string[] = [];
  const hasAsk = (text: string) => analyze({ text, site: 'text', now }).facts.asks.length > 0;
  for (const t of pos) {
    if (hasAsk(t)) tp++;
    else errors.push(`FN ${t}`);
  }
  for (const t of neg) {
    if (hasAsk(t)) {
      fp++;
      errors.push(`FP ${t}`);
    }
  }
  const fn = pos.length - tp;
  const total = pos.length + neg.length;
  return {
    ...prf(tp, fp, fn),
    sentences: total,
    accuracy: (tp + neg.length - fp) / total,
    baseline: neg.length / total,
    errors,
  };
}
