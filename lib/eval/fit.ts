import type { LinearModel } from '../analysis/ask/model';

export interface FitOptions {
  /** L2 penalty per example: larger keeps weights small and the model general. */
  l2: number;
  iterations: number;
  /** A feature seen in fewer training examples than this gets no weight (a rare word is a row, not language). */
  minCount: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Logistic regression by full-batch gradient descent with AdaGrad steps: no random order, so the same examples
 * always give the same weights, to the last digit the file keeps.
 */
export function fitLogistic(
  examples: { features: readonly string[]; y: boolean; weight?: number }[],
  options: FitOptions,
): Omit<LinearModel, 'threshold'> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    x: [...new Set(e.features)].map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: e.y ? 1 : 0,
    weight: e.weight ?? 1,
  }));
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length + 1).fill(1e-8);
  let bias = 0;
  const n = rows.reduce((sum, r) => sum + r.weight, 0) || 1;
  const rate = 0.5;
  for (let it = 0; it < options.iterations; it++) {
    const grad = new Float64Array(names.length);
    let gBias = 0;
    for (const r of rows) {
      let z = bias;
      for (const i of r.x) z += w[i]!;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * r.weight;
      gBias += err;
      for (const i of r.x) grad[i]! += err;
    }
    for (let i = 0; i < names.length; i++) {
      const g = grad[i]! / n + options.l2 * w[i]!;
      g2[i]! += g * g;
      w[i]! -= (rate * g) / Math.sqrt(g2[i]!);
    }
    const gb = gBias / n;
    g2[names.length]! += gb * gb;
    bias -= (rate * gb) / Math.sqrt(g2[names.length]!);
  }
  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    const v = round(w[i]!);
    if (v !== 0) weights[f] = v;
  });
  return { bias: round(bias), weights };
}
