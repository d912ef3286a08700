/**
 * The differential head for DDXPlus: a sparse linear correction on top of the naive-Bayes score,
 *   s(c) = nbWeight * nb(c) + bias(c) + sum of weights of the active feature atoms,
 * trained with soft-label cross-entropy against each training patient's DIFFERENTIAL_DIAGNOSIS
 * (mixed with the true PATHOLOGY so the leader stays the right one). The examples are the partial
 * observations the questioning policy actually produces: the policy is run on the training patients
 * and snapshots of the belief are taken along the way, so asked-but-absent evidences appear as known
 * negatives exactly as they will at inference. Training is deterministic: seeded shuffles, fixed
 * epochs, weights rounded to a few significant digits.
 */
import type { LinearHead } from '../../core/model.js';
import { demographicFeatureKeys, headFeatureKeys, type BeliefState } from '../../core/posterior.js';
import { runWorkup, type WorkupOptions } from '../../core/workup.js';
import { roundSig } from '../artifact.js';
import { forEachBatch, SparseAdam } from '../sparse-adam.js';
import { featureRows, featureVocabulary } from './feature-vocabulary.js';

/** One training example: active feature atoms, the naive-Bayes scores, a soft target and a weight. */
export interface HeadExample {
  readonly features: readonly string[];
  /** Naive-Bayes score per condition, shifted so its maximum is 0 (softmax is shift-invariant). */
  readonly nb: Float64Array;
  /** Target distribution over conditions (sums to 1). */
  readonly target: Float64Array;
  readonly weight: number;
}

export interface HeadTrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty per weight, applied when a row is updated. */
  readonly l2: number;
  readonly batchSize: number;
  readonly seed: number;
  /** Weights with |w| below this after training are dropped (sparsity, artifact size). */
  readonly pruneBelow: number;
  /** Significant digits kept in the artifact. */
  readonly digits: number;
  /** Features seen in fewer examples than this are not learned. */
  readonly minCount: number;
  /** When set, nbWeight is held at this value instead of learned. */
  readonly fixedNbWeight?: number;
}

export const DEFAULT_HEAD_TRAIN: HeadTrainOptions = {
  epochs: 8, learningRate: 0.02, l2: 1e-5, batchSize: 32, seed: 7, pruneBelow: 0.005, digits: 4, minCount: 3,
};

/** Feature atoms of a belief: demographics and every observation (the keys `LinearHead` documents). */
export function beliefFeatures(state: BeliefState): string[] {
  const { cm } = state;
  const keys = demographicFeatureKeys(cm, state.band, state.sex);
  for (const obs of state.observations) {
    const fi = cm.findingIndex.get(obs.id);
    if (fi !== undefined) keys.push(...headFeatureKeys(cm.findings[fi]!, obs));
  }
  return keys;
}

/** The state's naive-Bayes scores shifted so the largest is 0. */
export function shiftedNb(state: BeliefState): Float64Array {
  const nb = Float64Array.from(state.nb);
  let m = -Infinity;
  for (const v of nb) if (v > m) m = v;
  for (let c = 0; c < nb.length; c++) nb[c]! -= m;
  return nb;
}

/** A simulated case: the starting belief, an oracle, and what the target and weight are. */
export interface SimCase {
  readonly start: BeliefState;
  readonly oracle: Parameters<typeof runWorkup>[1];
  readonly target: Float64Array;
  readonly weight: number;
}

/**
 * Run each policy on each case (the head plays no part: planning must be generative) and keep the
 * belief after each question count in `snapshots` that the run reaches, plus the final belief.
 */
export function simulateExamples(cases: readonly SimCase[], policies: readonly WorkupOptions[], snapshots: readonly number[]): HeadExample[] {
  const out: HeadExample[] = [];
  const want = new Set(snapshots);
  for (const sc of cases) {
    for (const pol of policies) {
      const seen: BeliefState[] = [];
      let calls = 0;
      const res = runWorkup(sc.start, (action, state) => {
        if (want.has(calls)) seen.push(state);
        calls++;
        return sc.oracle(action, state);
      }, { ...pol, trace: false });
      seen.push(res.belief);
      for (const s of seen) out.push({ features: beliefFeatures(s), nb: shiftedNb(s), target: sc.target, weight: sc.weight });
    }
  }
  return out;
}

/** Train the head. Deterministic for the same examples and options. */
export function trainHead(nC: number, examples: readonly HeadExample[], opts: HeadTrainOptions = DEFAULT_HEAD_TRAIN): LinearHead {
  const { vocab, index } = featureVocabulary(examples, opts.minCount);
  const feats = examples.map((ex) => Int32Array.from(featureRows(ex.features, index)));
  const nF = vocab.length;

  // Parameters: [nbWeight, bias(nC), W(nF x nC)], moved by one Adam.
  const adam = new SparseAdam(nF, nC);
  const { weights: W, bias } = adam;
  let wNb = opts.fixedNbWeight ?? 0.3;
  const nbState = { m: 0, v: 0 };
  const s = new Float64Array(nC);
  forEachBatch(examples.length, opts, (order, start, end, lr) => {
    let gN = 0;
    let batchWeight = 0;
    for (let k = start; k < end; k++) {
      const e = order[k]!;
      const ex = examples[e]!;
      const fs = feats[e]!;
      let max = -Infinity;
      for (let c = 0; c < nC; c++) {
        let v = wNb * ex.nb[c]! + bias[c]!;
        for (let q = 0; q < fs.length; q++) v += W[fs[q]! * nC + c]!;
        s[c] = v;
        if (v > max) max = v;
      }
      let z = 0;
      for (let c = 0; c < nC; c++) {
        s[c] = Math.exp(s[c]! - max);
        z += s[c]!;
      }
      const w = ex.weight;
      batchWeight += w;
      for (let c = 0; c < nC; c++) {
        const g = w * (s[c]! / z - ex.target[c]!);
        s[c] = g;
        gN += g * ex.nb[c]!;
      }
      adam.accumulate(fs, s);
    }
    if (batchWeight <= 0) {
      adam.discard();
      return;
    }
    const scale = 1 / batchWeight;
    const corr = adam.step(scale, lr, opts.l2);
    // nbWeight: the same Adam step count; its moments move even when the weight is held fixed.
    const next = SparseAdam.scalar(wNb, gN * scale, nbState, lr, corr);
    if (opts.fixedNbWeight === undefined) {
      wNb = next;
      if (wNb < 0) wNb = 0;
    }
  });

  return exportHead(vocab, nC, W, bias, wNb, opts);
}

/** The artifact's head from trained parameters: rounded to `digits`, weights below `pruneBelow` dropped, feature rows left empty omitted. */
function exportHead(vocab: readonly string[], nC: number, W: Float64Array, bias: Float64Array, wNb: number, opts: HeadTrainOptions): LinearHead {
  const r = (x: number): number => roundSig(x, opts.digits);
  const features: string[] = [];
  const weights: Record<string, number>[] = [];
  for (let f = 0; f < vocab.length; f++) {
    const row: Record<string, number> = {};
    let any = false;
    for (let c = 0; c < nC; c++) {
      const w = r(W[f * nC + c]!);
      if (Math.abs(w) >= opts.pruneBelow) {
        row[String(c)] = w;
        any = true;
      }
    }
    if (any) {
      features.push(vocab[f]!);
      weights.push(row);
    }
  }
  return { kind: 'linear', nbWeight: r(wNb), bias: Array.from(bias, r), features, weights };
}
