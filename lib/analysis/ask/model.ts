import weights from './weights.json';

/** A logistic model over feature names: data written by `npm run train`, read here. */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
  /** Probability above which the answer is yes, chosen on the dev split. */
  threshold: number;
}

export interface AskModels {
  /** Is this sentence an ask of the reader? */
  ask: LinearModel;
  /** Given an ask, is it a question (an answer wanted) rather than a task? */
  question: LinearModel;
}

export const MODELS = weights as AskModels;

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(model: LinearModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

/** Why the model said what it said: the features that pushed hardest, strongest first. */
export function explain(model: LinearModel, features: readonly string[], top = 5): [string, number][] {
  return features
    .map((f) => [f, model.weights[f] ?? 0] as [string, number])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, top);
}
