// Logistic regression: the probability of a yes from a weighted sum of features, and a fit of the weights by
// gradient descent with an L2 penalty (deterministic: same data, same weights). Small and dependency-free on
// purpose: the model has a few dozen features, and the weights are committed as JSON.

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** P(yes | x) under weights w (same order as x). */
export function probability(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (w[i] ?? 0) * x[i]!;
  return sigmoid(z);
}

export interface FitOptions {
  /** L2 penalty on every weight but the first (the bias). */
  l2?: number;
  steps?: number;
  rate?: number;
}

/** Fits weights to rows X (each starting with a bias of 1) and labels y (0 or 1). */
export function fitLogistic(X: readonly (readonly number[])[], y: readonly number[], { l2 = 0.01, steps = 2000, rate = 0.5 }: FitOptions = {}): number[] {
  const n = X.length, d = X[0]?.length ?? 0;
  const w = new Array<number>(d).fill(0);
  if (!n) return w;
  for (let s = 0; s < steps; s++) {
    const g = new Array<number>(d).fill(0);
    for (let r = 0; r < n; r++) {
      const err = probability(w, X[r]!) - y[r]!;
      for (let j = 0; j < d; j++) g[j]! += err * X[r]![j]!;
    }
    for (let j = 0; j < d; j++) w[j]! -= rate * (g[j]! / n + (j > 0 ? l2 * w[j]! : 0));
  }
  return w;
}
