/**
 * A two-stage (calibrated mixture) ranking over two classes of conditions, e.g. diseases with training cases
 * ("seen") and diseases known only from their annotations: a logistic gate P(seen | x) = sigma(a . f(x)) over a few
 * case-level features replaces the posterior's own class odds, and each class keeps its posterior order within it.
 * Measurement code of the eighteenth session (docs/sessions/18-rare.md), not adopted; pure, no I/O.
 */
import { InputError, issue } from './issues.js';
import { sigmoid } from './membership.js';

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

/** Throws a coded error unless `x` is n rows of one length k >= 1 of finite numbers and `y` n labels 0 or 1. */
function checkSample(x: readonly (readonly number[])[], y: readonly (0 | 1)[]): number {
  const k = x[0]?.length ?? 0;
  const bad = [];
  if (x.length === 0 || k === 0) bad.push(issue('empty', '$.x', 'x must hold at least one row of at least one feature'));
  if (y.length !== x.length) bad.push(issue('length', '$.y', `y must have one label per row of x (${x.length}), not ${y.length}`));
  const row = x.findIndex((r) => r.length !== k || !r.every(Number.isFinite));
  if (row >= 0) bad.push(issue('shape', `$.x[${row}]`, `every row of x must hold ${k} finite numbers`));
  const label = y.findIndex((v) => v !== 0 && v !== 1);
  if (label >= 0) bad.push(issue('range', `$.y[${label}]`, 'a label must be 0 or 1'));
  if (bad.length > 0) throw new InputError(bad);
  return k;
}

/**
 * Maximum-likelihood logistic regression by Newton's method, with an L2 penalty (ridge / 2) |a|^2 (the default, tiny,
 * keeps the Hessian invertible): the coefficients a of P(y = 1 | x) = sigma(a . x). Rows of `x` all have the same
 * length (include a 1 for the intercept). Deterministic. Throws `InputError` on a ragged or empty sample.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly (0 | 1)[], iterations = 50, ridge = 1e-6): number[] {
  const k = checkSample(x, y);
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

/**
 * Solves m z = b by Gaussian elimination with partial pivoting (m small and square, e.g. a Newton step's Hessian).
 * Throws `InputError` when m is not k x k for b of length k, or is singular (a zero pivot).
 */
export function solveLinear(m: readonly (readonly number[])[], b: readonly number[]): number[] {
  const k = b.length;
  if (m.length !== k || m.some((row) => row.length !== k)) throw new InputError([issue('shape', '$.m', `m must be ${k} x ${k} for b of length ${k}`)]);
  const a = m.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    if (!(Math.abs(a[c]![c]!) > 0)) throw new InputError([issue('invalid', '$.m', `m is singular (no pivot in column ${c})`)]);
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
 * The score shift of the gated class: t x (logit P^(class | x) - the posterior's own log-odds `g1`), `g1` being
 * features[1] by convention and computed at the posterior's temperature t (`classLogOdds`). Added to every score of
 * the class, it moves the class's log-odds under softmax(s / t) to the gate's logit a . f; a = (0, 1, 0, ...) leaves
 * every ranking as it was. The coefficients weigh the first `coefficients.length` features (at least 2).
 */
export function gateShift(coefficients: readonly number[], features: readonly number[], temperature = 1): number {
  if (coefficients.length < 2 || coefficients.length > features.length) {
    throw new InputError([issue('length', '$.coefficients', `a gate has 2 to ${features.length} coefficients, not ${coefficients.length}`)]);
  }
  return temperature * (coefficients.reduce((acc, v, j) => acc + v * features[j]!, 0) - features[1]!);
}
