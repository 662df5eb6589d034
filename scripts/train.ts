// `npm run train`: fits the ask models on the train split and writes lib/analysis/ask/weights.json.
// Which sentences training leaves to the structural rules depends in one place on the model itself: a page's list
// line is settled as describing only when the model reads it as a task (facts/document-lists.ts). So a change of
// data or features can need a second fit on the first one's weights before the file stops changing; this runs the
// fit (`--once`, in a fresh process that loads the weights just written) until it reproduces its own file, which
// is what tests/unit/ask-model.test.ts checks of the committed one.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { SHARED } from '../lib/eval/run';
import { trainingData, trainModels, weightsFile } from '../lib/eval/train';

const FILE = 'lib/analysis/ask/weights.json';
const MAX_FITS = 5;

if (process.argv.includes('--once')) {
  const data = trainingData(SHARED);
  const { models, devF1, bySource } = trainModels(data);
  writeFileSync(FILE, weightsFile(models));
  console.log(
    `trained on ${data.sizes.sentencesTrain} sentences (${data.sizes.messagesTrain} messages + Enron train fold); dev: ${data.sizes.sentencesDev} sentences`,
  );
  console.log(
    `dev F1: ask ${devF1.ask.toFixed(3)} (threshold ${models.ask.threshold}), question-vs-task ${devF1.question.toFixed(3)}`,
  );
  console.log(
    `dev ask F1 by source: own messages ${bySource.messages.toFixed(3)}, Enron ${bySource.enron.toFixed(3)}`,
  );
  console.log(
    `features: ask ${Object.keys(models.ask.weights).length}, question ${Object.keys(models.question.weights).length}`,
  );
} else {
  let settled = false;
  for (let fit = 1; fit <= MAX_FITS && !settled; fit++) {
    const before = readFileSync(FILE, 'utf8');
    const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--once'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
    settled = readFileSync(FILE, 'utf8') === before;
    if (settled || fit === MAX_FITS) process.stdout.write(run.stdout);
    if (settled) console.log(`settled after ${fit} fit${fit > 1 ? 's' : ''}`);
  }
  if (!settled) {
    console.error(`the weights still changed after ${MAX_FITS} fits`);
    process.exit(1);
  }
}
