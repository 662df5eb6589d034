// `npm run train`: fits the ask models on the train split and writes lib/analysis/ask/weights.json.
import { writeFileSync } from 'node:fs';
import { SHARED } from '../lib/eval/run';
import { trainingData, trainModels, weightsFile } from '../lib/eval/train';

const data = trainingData(SHARED);
const { models, devF1, bySource } = trainModels(data);
writeFileSync('lib/analysis/ask/weights.json', weightsFile(models));
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
