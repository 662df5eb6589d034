// `npm run cv`: five-fold cross-validation of the ask model over the train and dev messages together (never test).
// Dev alone is ~150 messages, where a change of one sentence moves F1 by a point; the folds score every train and
// dev sentence out of fold, so a choice of features or fit settings is judged on four times as much. Each fold is
// fitted as `npm run train` fits (the Enron train fold beside it); sentences the structural rules decide keep the
// rules' answer. Prints the out-of-fold sentence F1 of our messages at the threshold that suits them best.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { probability } from '../lib/analysis/ask/model';
import { classifyAsk } from '../lib/analysis/facts/asks';
import { prf } from '../lib/eval/corpus';
import { enronExamples, messageExamples } from '../lib/eval/examples';
import { fitLogistic } from '../lib/eval/fit';
import { SHARED } from '../lib/eval/run';
import { fnv1a, loadEnron, loadMessages } from '../lib/eval/splits';
import { ASK_FIT, OWN_WEIGHT } from '../lib/eval/train';

const FOLDS = 5;
// To weigh a fit setting before changing it in train.ts: `npm run cv -- --own-weight 12 --l2 0.001`.
// `--misses` lists the sentences scored wrongly out of fold.
const { values: args } = parseArgs({
  options: { 'own-weight': { type: 'string' }, l2: { type: 'string' }, misses: { type: 'boolean' } },
});
const own = Number(args['own-weight'] ?? OWN_WEIGHT);
const fit = { ...ASK_FIT, ...(args.l2 ? { l2: Number(args.l2) } : {}) };
const messages = loadMessages().filter((m) => m.split !== 'test');
const enronTrain = loadEnron(join(SHARED, 'data', 'enron-intent-verified'))
  .filter((e) => e.fold === 'train')
  .flatMap(enronExamples)
  .filter((e) => !e.byStructure)
  .map((e) => ({ features: e.features, y: e.ask, weight: 1 }));
const foldOf = (id: string) => fnv1a(`cv:${id}`) % FOLDS;
const examples = messages.flatMap((m) => messageExamples(m).map((e) => ({ ...e, fold: foldOf(m.id) })));

const scored: { y: boolean; p: number | null; byRules: boolean; text: string }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const fitted = examples
    .filter((e) => e.fold !== k && !e.byStructure)
    .map((e) => ({ features: e.features, y: e.ask, weight: own }));
  const model = fitLogistic([...fitted, ...enronTrain], fit);
  for (const e of examples.filter((x) => x.fold === k))
    scored.push(
      e.byStructure
        ? {
            y: e.ask,
            p: null,
            byRules: !e.describes && classifyAsk(e.text, e.features) !== null,
            text: e.text,
          }
        : {
            y: e.ask,
            p: probability({ ...model, threshold: 0.5 }, e.features),
            byRules: false,
            text: e.text,
          },
    );
}

let best = { threshold: 0, f1: -1, precision: 0, recall: 0 };
for (let t = 0.2; t <= 0.701; t += 0.025) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    const yes = s.p === null ? s.byRules : s.p >= t;
    if (yes && s.y) tp++;
    else if (yes) fp++;
    else if (s.y) fn++;
  }
  const r = prf(tp, fp, fn);
  if (r.f1 > best.f1) best = { threshold: Math.round(t * 1000) / 1000, ...r };
}
console.log(
  `${FOLDS}-fold CV over ${messages.length} train+dev messages (${scored.length} sentences): ask F1 ${best.f1.toFixed(3)} (P ${best.precision.toFixed(3)} R ${best.recall.toFixed(3)}) at threshold ${best.threshold}`,
);
if (args.misses)
  for (const s of scored) {
    const yes = s.p === null ? s.byRules : s.p >= best.threshold;
    if (yes !== s.y)
      console.log(`  ${s.y ? 'missed' : 'false '} ${s.p === null ? 'rules' : s.p.toFixed(2)}  ${s.text}`);
  }
