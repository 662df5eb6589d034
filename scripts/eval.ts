// `npm run eval`: the engine's figures on the shared corpus, the Enron intent sentences and the datetime spec.
import { runEval } from '../lib/analysis/eval/run';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f = (x: number) => x.toFixed(3);

const { corpus, enron, datetime } = runEval();

console.log(`Corpus (${corpus.drafts} drafts)`);
console.log('  category   precision  recall  F1     (tp/fp/fn)');
for (const [c, s] of Object.entries(corpus.categories)) {
  console.log(
    `  ${c.padEnd(10)} ${f(s.precision)}      ${f(s.recall)}   ${f(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`,
  );
}
console.log(
  `  hasAsk ${pct(corpus.hasAsk)}  askKind ${pct(corpus.askKind)}  deadline ${pct(corpus.deadline)}  date ${pct(corpus.date)}`,
);
console.log(`  clean drafts flagged: ${pct(corpus.cleanFlagged)} of ${corpus.cleanDrafts}`);
for (const m of corpus.misses) console.log(`    ${m}`);

console.log(`\nEnron intent, verified (${enron.sentences} sentences, sentence = draft)`);
console.log(`  asks: precision ${f(enron.precision)}  recall ${f(enron.recall)}  F1 ${f(enron.f1)}`);
console.log(`  accuracy ${f(enron.accuracy)}  (always-negative baseline ${f(enron.baseline)})`);

console.log(`\nDatetime spec (${datetime.cases} sentences, ${datetime.expressions} expressions)`);
console.log(`  span recall ${f(datetime.spanRecall)}  span precision ${f(datetime.spanPrecision)}`);
console.log(
  `  single-day expressions: ${datetime.datedExpressions}, found ${pct(datetime.datedSpanRecall)}, resolved right ${pct(datetime.dateAccuracy)}`,
);
console.log(
  `  explicit calendar dates: ${datetime.explicitDates}, resolved right ${pct(datetime.explicitAccuracy)}`,
);
