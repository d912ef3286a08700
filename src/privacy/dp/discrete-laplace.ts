/**
 * Exact discrete Laplace (two-sided geometric) noise for counts, after Canonne, Kamath and Steinke,
 * "The Discrete Gaussian for Differential Privacy" (NeurIPS 2020), Algorithms 1-2. Every step uses
 * integer arithmetic on BigInt rationals and uniform random integers, so no floating-point rounding can
 * leak (the flaw of textbook float Laplace, Mironov 2012). P(Z = z) ∝ exp(-|z|/t) with t = Δ/ε.
 */
import { randomBytes } from 'node:crypto';

/** A source of uniform random integers; inject a seeded one for tests, a cryptographic one in production. */
export interface IntRng {
  /** Uniform 32-bit unsigned integer. */
  u32(): number;
}

/** Cryptographic source (node:crypto). */
export function cryptoIntRng(): IntRng {
  return { u32: () => randomBytes(4).readUInt32BE(0) };
}

/** Uniform integer in [0, n) by rejection sampling on 32-bit words (exact, no modulo bias). */
export function uniformBelow(rng: IntRng, n: bigint): bigint {
  if (n <= 0n) throw new RangeError('n must be positive');
  let bits = 0n;
  while ((1n << bits) < n) bits += 1n;
  for (;;) {
    let v = 0n;
    for (let got = 0n; got < bits; got += 32n) v = (v << 32n) | BigInt(rng.u32() >>> 0);
    v &= (1n << bits) - 1n;
    if (v < n) return v;
  }
}

function bernoulli(rng: IntRng, num: bigint, den: bigint): boolean {
  return uniformBelow(rng, den) < num;
}

/** Bernoulli(exp(-num/den)) for 0 ≤ num/den ≤ 1 (CKS Algorithm 1, first branch). */
function bernoulliExpSmall(rng: IntRng, num: bigint, den: bigint): boolean {
  let k = 1n;
  for (;;) {
    if (!bernoulli(rng, num, den * k)) return k % 2n === 1n;
    k += 1n;
  }
}

/** Bernoulli(exp(-num/den)) for any num/den ≥ 0. */
export function bernoulliExp(rng: IntRng, num: bigint, den: bigint): boolean {
  while (num > den) {
    if (!bernoulliExpSmall(rng, 1n, 1n)) return false;
    num -= den;
  }
  return bernoulliExpSmall(rng, num, den);
}

/** Discrete Laplace with scale t = s/t' given as a rational (num/den), CKS Algorithm 2. */
export function sampleDiscreteLaplace(rng: IntRng, scaleNum: bigint, scaleDen: bigint): bigint {
  // Parameter t = scaleNum/scaleDen; the algorithm takes s/t with s, t integers: here s = scaleNum, t = scaleDen.
  const s = scaleNum;
  const t = scaleDen;
  for (;;) {
    const u = uniformBelow(rng, s);
    if (!bernoulliExp(rng, u, s)) continue;
    let v = 0n;
    while (bernoulliExp(rng, 1n, 1n)) v += 1n;
    const x = u + s * v;
    const y = x / t;
    const negative = bernoulli(rng, 1n, 2n);
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/** Turn a positive float into an exact rational num/den with den a power of ten (ε is given in decimals). */
export function toRational(x: number): [bigint, bigint] {
  if (!Number.isFinite(x) || x <= 0) throw new RangeError('expected a positive finite number');
  let den = 1n;
  let scaled = x;
  while (!Number.isInteger(scaled) && den < 10n ** 12n) {
    scaled *= 10;
    den *= 10n;
  }
  return [BigInt(Math.round(scaled)), den];
}

/**
 * Add discrete Laplace noise of scale Δ/ε to each count (ε-DP for a query with L1 sensitivity Δ).
 * Returns a new array; results are clamped to the Int32 range (post-processing, no privacy cost).
 */
export function addDiscreteLaplaceNoise(counts: Int32Array, epsilon: number, sensitivity: number, rng: IntRng): Int32Array {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new RangeError('epsilon must be a positive finite number');
  if (!Number.isInteger(sensitivity) || sensitivity < 1) throw new RangeError('sensitivity must be a positive integer');
  const [en, ed] = toRational(epsilon);
  // scale t = Δ/ε = Δ·ed/en
  const num = BigInt(sensitivity) * ed;
  const den = en;
  const out = new Int32Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const z = sampleDiscreteLaplace(rng, num, den);
    const v = BigInt(counts[i] ?? 0) + z;
    out[i] = Number(v > 2147483647n ? 2147483647n : v < -2147483648n ? -2147483648n : v);
  }
  return out;
}

/** Exact pmf of the discrete Laplace with scale t at z, for tests and documentation. */
export function discreteLaplacePmf(z: number, scale: number): number {
  const q = Math.exp(-1 / scale);
  return ((1 - q) / (1 + q)) * q ** Math.abs(z);
}
