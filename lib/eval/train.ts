import { join } from 'node:path';
import { type AskModels, type LinearModel, probability } from '../analysis/ask/model';
import { prf } from './corpus';
import { type Example, enronExamples, messageExamples } from './examples';
import { type FitOptions, fitLogistic } from './fit';
import { loadEnron, loadMessages } from './splits';

/** The settings of the fit, chosen by ask F1 on the dev split (lib/analysis/README.md has the grid). */
export const ASK_FIT: FitOptions = { l2: 0.0005, iterations: 400, minCount: 3 };
/**
 * Enron's sentences are old email read by its own criteria (a meeting's news is an ask there, a newsletter's
 * instruction is not); the team's messages are the product's register, so each of their sentences counts this
 * many times.
 */
export const OWN_WEIGHT = 6;
export const QUESTION_FIT: FitOptions = { l2: 0.005, iterations: 400, minCount: 2 };

export interface TrainingData {
  train: Example[];
  dev: Example[];
  /** Counts for the printout. */
  sizes: Record<string, number>;
}

export function trainingData(shared: string, dataDir?: string): TrainingData {
  const messages = loadMessages(dataDir);
  const enron = loadEnron(join(shared, 'data', 'enron-intent-verified'));
  const ours = (split: string) => messages.filter((m) => m.split === split).flatMap(messageExamples);
  const theirs = (fold: string) => enron.filter((e) => e.fold === fold).flatMap(enronExamples);
  const train = [...ours('train'), ...theirs('train')];
  const dev = [...ours('dev'), ...theirs('dev')];
  return {
    train,
    dev,
    sizes: {
      messagesTrain: messages.filter((m) => m.split === 'train').length,
      messagesDev: messages.filter((m) => m.split === 'dev').length,
      sentencesTrain: train.length,
      sentencesDev: dev.length,
    },
  };
}

type Row = { features: readonly string[]; y: boolean; weight?: number };

/**
 * F1 of "probability ≥ threshold" on labelled rows, each counted with the weight it was fitted with: the threshold
 * is chosen for the same mix of our messages and Enron's sentences as the weights, not for Enron's greater number.
 */
function f1At(model: Omit<LinearModel, 'threshold'>, threshold: number, rows: Row[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of rows) {
    const yes = probability({ ...model, threshold }, e.features) >= threshold;
    const w = e.weight ?? 1;
    if (yes && e.y) tp += w;
    else if (yes) fp += w;
    else if (e.y) fn += w;
  }
  return prf(tp, fp, fn).f1;
}

/** The threshold with the best F1 on dev, from a fixed grid so the choice is reproducible. */
export function bestThreshold(model: Omit<LinearModel, 'threshold'>, dev: Row[]) {
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.3; t <= 0.701; t += 0.025) {
    const threshold = Math.round(t * 1000) / 1000;
    const f1 = f1At(model, threshold, dev);
    if (f1 > best.f1 + 1e-9) best = { threshold, f1 };
  }
  return best;
}

/** Fits both models on the train split; thresholds come from dev. Deterministic: same data, same file. */
export function trainModels(data: TrainingData): {
  models: AskModels;
  devF1: { ask: number; question: number };
  bySource: { messages: number; enron: number };
} {
  const askRows = (xs: Example[]) =>
    xs
      .filter((e) => !e.byStructure)
      .map((e) => ({ features: e.features, y: e.ask, weight: e.source === 'messages' ? OWN_WEIGHT : 1 }));
  const questionRows = (xs: Example[]) =>
    xs
      .filter((e) => e.ask && e.question !== undefined)
      .map((e) => ({ features: e.features, y: !!e.question }));
  const ask = fitLogistic(askRows(data.train), ASK_FIT);
  const question = fitLogistic(questionRows(data.train), QUESTION_FIT);
  const askT = bestThreshold(ask, askRows(data.dev));
  const questionT = bestThreshold(question, questionRows(data.dev));
  const bySource = (source: Example['source']) =>
    f1At(ask, askT.threshold, askRows(data.dev.filter((e) => e.source === source)));
  return {
    bySource: { messages: bySource('messages'), enron: bySource('enron') },
    models: {
      ask: { ...ask, threshold: askT.threshold },
      question: { ...question, threshold: questionT.threshold },
    },
    devF1: { ask: askT.f1, question: questionT.f1 },
  };
}

/** The weights file's text: keys sorted, one line per feature, so a diff shows what training changed. */
export function weightsFile(models: AskModels): string {
  const sortModel = (m: LinearModel) => ({
    bias: m.bias,
    threshold: m.threshold,
    weights: Object.fromEntries(Object.entries(m.weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  });
  return `${JSON.stringify({ ask: sortModel(models.ask), question: sortModel(models.question) }, null, 2)}\n`;
}
