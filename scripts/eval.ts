// `npm run eval`: the engine's figures on each split of the team's labelled messages, the shared corpus, the Enron
// intent folds and the datetime spec. `--misses SPLIT` also lists what went wrong on that split (dev, to tune).
// `--file PATH` scores one labelled file whole instead: a new set, before it joins the splits, is measured untouched.
import type { CorpusScores } from '../lib/eval/corpus';
import { type MessageScores, scoreMessages } from '../lib/eval/messages';
import { runEval } from '../lib/eval/run';
import { loadLabelledFile } from '../lib/eval/splits';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f = (x: number) => x.toFixed(3);
const showMisses = process.argv.includes('--misses')
  ? process.argv[process.argv.indexOf('--misses') + 1]
  : undefined;

function printCategories(c: CorpusScores) {
  console.log('  category   precision  recall  F1     (tp/fp/fn)');
  for (const [name, s] of Object.entries(c.categories)) {
    console.log(
      `  ${name.padEnd(10)} ${f(s.precision)}      ${f(s.recall)}   ${f(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`,
    );
  }
  console.log(
    `  hasAsk ${pct(c.hasAsk)}  askKind ${pct(c.askKind)}  deadline ${pct(c.deadline)}  date ${pct(c.date)}`,
  );
  console.log(`  clean messages with a warning: ${pct(c.cleanFlagged)} of ${c.cleanDrafts}`);
}

function printMessages(name: string, s: MessageScores & { messages: number }) {
  console.log(`\nLabelled messages, ${name} split (${s.messages} messages)`);
  printCategories(s.corpus);
  console.log(
    `  asks: precision ${f(s.asks.precision)}  recall ${f(s.asks.recall)}  F1 ${f(s.asks.f1)}  (${s.asks.tp}/${s.asks.fp}/${s.asks.fn});  kind right ${pct(s.kind)}`,
  );
  console.log(
    `  owner right ${s.owner.right}/${s.owner.of};  explicit dates resolved right ${s.dates.right}/${s.dates.of} (${pct(s.dates.of ? s.dates.right / s.dates.of : 1)})`,
  );
  if (showMisses === name) for (const m of s.misses) console.log(`    ${m}`);
}

const file = process.argv.includes('--file') ? process.argv[process.argv.indexOf('--file') + 1] : undefined;
if (file) {
  const rows = loadLabelledFile(file);
  printMessages(file, { ...scoreMessages(rows), messages: rows.length });
  process.exit(0);
}

const { splits, corpus, enron, datetime } = runEval();
for (const name of ['train', 'dev', 'test'] as const) printMessages(name, splits[name]);

console.log(`\nShared corpus (${corpus.drafts} drafts, a test set)`);
printCategories(corpus);
if (showMisses === 'corpus') for (const m of corpus.misses) console.log(`    ${m}`);

console.log('\nEnron intent, verified (sentence = draft)');
for (const fold of ['train', 'dev', 'heldout'] as const) {
  const e = enron[fold];
  console.log(
    `  ${fold.padEnd(8)} ${String(e.sentences).padStart(5)} sentences: precision ${f(e.precision)}  recall ${f(e.recall)}  F1 ${f(e.f1)}  accuracy ${f(e.accuracy)} (always-negative ${f(e.baseline)})`,
  );
}

for (const half of ['dev', 'heldout'] as const) {
  const d = datetime[half];
  console.log(`\nDatetime spec, ${half} half (${d.cases} sentences, ${d.expressions} expressions)`);
  console.log(`  span recall ${f(d.spanRecall)}  span precision ${f(d.spanPrecision)}`);
  console.log(
    `  single-day expressions: ${d.datedExpressions}, found ${pct(d.datedSpanRecall)}, resolved right ${pct(d.dateAccuracy)}`,
  );
  console.log(`  explicit calendar dates: ${d.explicitDates}, resolved right ${pct(d.explicitAccuracy)}`);
}
