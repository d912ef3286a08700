/**
 * Differentially private release of the count vectors a learner builds its model from. The counts are
 * split into groups, each with its own L1 sensitivity (per patient record) and share of ε; every count
 * of a group gets exact discrete Laplace noise of scale Δ_g/ε_g (privacy/dp). Releasing all groups is
 * (Σ ε_g)-DP by basic sequential composition, and the ε_g are rounded down to micro-ε so their sum never
 * exceeds the ε the ledger is charged. Clamping and smoothing afterwards are post-processing (free).
 */
import { createRng } from '../core/random.js';
import { InputError, issue } from '../core/issues.js';
import { addDiscreteLaplaceNoise, cryptoIntRng, type IntRng } from '../privacy/dp/index.js';

export interface CountGroup {
  readonly name: string;
  readonly counts: Int32Array;
  /** L1 sensitivity of this group for one record (an integer bound that clipping enforces). */
  readonly sensitivity: number;
  /** Share of ε spent on this group; the shares of all groups sum to 1. */
  readonly share: number;
}

export interface NoisedGroup {
  readonly name: string;
  readonly counts: Int32Array;
  readonly sensitivity: number;
  readonly epsilon: number;
}

/**
 * Randomness for a release: cryptographic by default, so an attacker cannot regenerate the noise and
 * subtract it. A seed makes the release reproducible — for benchmarks and tests only, never for a
 * model that leaves the organisation (whoever guesses the seed recovers the exact counts).
 */
export function dpRng(seed?: number): IntRng {
  return seed === undefined ? cryptoIntRng() : createRng(seed);
}

/** ε_g = ε·share rounded down to micro-ε (the ledger's unit), so Σ ε_g ≤ ε. */
export function splitEpsilon(epsilon: number, shares: readonly number[]): number[] {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new InputError([issue('range', '$.epsilon', 'epsilon must be a positive finite number')]);
  const sum = shares.reduce((a, b) => a + b, 0);
  if (shares.some((s) => !(s > 0)) || Math.abs(sum - 1) > 1e-9) throw new InputError([issue('range', '$.epsilonShares', 'epsilon shares must be positive and sum to 1')]);
  const parts = shares.map((s) => Math.floor(epsilon * s * 1e6 + 1e-6) / 1e6);
  if (parts.some((e) => e <= 0)) throw new InputError([issue('range', '$.epsilon', 'epsilon is too small to split across the count groups (each part must be at least 1e-6)')]);
  return parts;
}

/** Noise every group with its own ε share. The groups are processed in the given order (reproducible under a seed). */
export function noiseCountGroups(groups: readonly CountGroup[], epsilon: number, rng: IntRng): NoisedGroup[] {
  const eps = splitEpsilon(epsilon, groups.map((g) => g.share));
  return groups.map((g, i) => ({
    name: g.name,
    sensitivity: g.sensitivity,
    epsilon: eps[i]!,
    counts: addDiscreteLaplaceNoise(g.counts, eps[i]!, g.sensitivity, rng),
  }));
}

/** `x` limited to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** L1 distance of two count vectors of the same length (for sensitivity checks). */
export function l1Distance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError('vectors differ in length');
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return d;
}
