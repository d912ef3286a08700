/**
 * A two-stage (calibrated mixture) ranking over two classes of conditions, e.g. diseases with training cases
 * ("seen") and diseases known only from their annotations: a logistic gate P(seen | x) = sigma(a . f(x)) over a few
 * case-level features replaces the posterior's own class odds, and each class keeps its posterior order within it.
 * Measurement code of the eighteenth session (docs/sessions/18-rare.md); pure, no I/O.
 */

/** log-sum-exp of `s[i] / t` over the conditions whose `member[i]` equals `want` (-Infinity when none). */
function classLogMass(s: ArrayLike<number>, member: Uint8Array, want: number, t: number): number {
  let max = -Infinity;
  for (let i = 0; i < s.length; i++) if (member[i] === want && s[i]! / t > max) max = s[i]! / t;
  if (max === -Infinity) return max;
  let z = 0;
  for (let i = 0; i < s.length; i++) if (member[i] === want) z += Math.exp(s[i]! / t - max);
  return max + Math.log(z);
}

/**
 * The posterior's log-odds of the class `member[i] = 1` against the rest, for scores `s` and posterior temperature `t`
 * (softmax(s / t)). Infinite when one class is empty.
 */
export function classLogOdds(s: ArrayLike<number>, member: Uint8Array, t = 1): number {
  return classLogMass(s, member, 1, t) - classLogMass(s, member, 0, t);
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Maximum-likelihood logistic regression by Newton's method (a tiny ridge `ridge` keeps the Hessian invertible):
 * the coefficients a of P(y = 1 | x) = sigma(a . x). Rows of `x` all have the same length (include a 1 for the
 * intercept). Deterministic.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], iterations = 50, ridge = 1e-6): number[] {
  const k = x[0]?.length ?? 0;
  const a = new Array<number>(k).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let n = 0; n < x.length; n++) {
      const row = x[n]!;
      const p = sigmoid(row.reduce((acc, v, j) => acc + v * a[j]!, 0));
      const wgt = Math.max(p * (1 - p), 1e-12);
      for (let i = 0; i < k; i++) {
        g[i]! += (y[n]! - p) * row[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += wgt * row[i]! * row[j]!;
      }
    }
    for (let i = 0; i < k; i++) {
      g[i]! -= ridge * a[i]!;
      h[i]![i]! += ridge;
    }
    const step = solveLinear(h, g);
    let size = 0;
    for (let i = 0; i < k; i++) {
      a[i]! += step[i]!;
      size = Math.max(size, Math.abs(step[i]!));
    }
    if (size < 1e-10) break;
  }
  return a;
}

/** Solves m z = b by Gaussian elimination with partial pivoting (m small, e.g. a Newton step's Hessian). */
export function solveLinear(m: readonly (readonly number[])[], b: readonly number[]): number[] {
  const k = b.length;
  const a = m.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = c + 1; r < k; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let j = c; j <= k; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  const z = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let v = a[r]![k]!;
    for (let j = r + 1; j < k; j++) v -= a[r]![j]! * z[j]!;
    z[r] = v / a[r]![r]!;
  }
  return z;
}

/**
 * The score shift of the gated class: logit P^(class | x) - the posterior's own log-odds `g1` (features[1] by
 * convention), so that a = (0, 1, 0, ...) leaves every ranking as it was.
 */
export function gateShift(coefficients: readonly number[], features: readonly number[]): number {
  return coefficients.reduce((acc, v, j) => acc + v * features[j]!, 0) - features[1]!;
}
