/**
 * Differential membership logits for DDXPlus: per condition c, a logistic model
 *   m_c(x) = a_c + sum of w_{c,f} over the active feature atoms f
 * of "c is in the patient's ground-truth differential (probability >= 0.01)", trained with weighted
 * binary cross-entropy on the partial observations the questioning policy produces. The logits are
 * folded into the engine's linear head as s(c) = beta * nb(c) + gamma * m_c(x), which is still linear
 * in the feature atoms, so every finding's contribution to the displayed score stays exact.
 * Deterministic: seeded shuffles, fixed epochs, and weights rounded before they reach the artifact.
 */
import type { LinearHead, MembershipHead } from '../../core/model.js';
import { forEachBatch, SparseAdam } from '../sparse-adam.js';
import { roundSig } from '../artifact.js';
import { featureRows, featureVocabulary } from './feature-vocabulary.js';

export interface MembershipExample {
  readonly features: readonly string[];
  /** Condition indices in the ground-truth differential. */
  readonly members: readonly number[];
  readonly weight: number;
}

export interface MembershipTrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty per weight, applied when a row is updated. */
  readonly l2: number;
  readonly batchSize: number;
  readonly seed: number;
  /** Features seen in fewer examples than this are not learned. */
  readonly minCount: number;
}

export const DEFAULT_MEMBERSHIP_TRAIN: MembershipTrainOptions = { epochs: 6, learningRate: 0.02, l2: 1e-5, batchSize: 32, seed: 7, minCount: 3 };

export interface MembershipModel {
  readonly vocab: readonly string[];
  /** a_c per condition. */
  readonly bias: Float64Array;
  /** w[f * nC + c]. */
  readonly weights: Float64Array;
}

/** Train the membership logits. Deterministic for the same examples and options. */
export function trainMembership(nC: number, examples: readonly MembershipExample[], opts: MembershipTrainOptions = DEFAULT_MEMBERSHIP_TRAIN): MembershipModel {
  const { vocab, index } = featureVocabulary(examples, opts.minCount);
  const feats = examples.map((ex) => Int32Array.from(new Set(featureRows(ex.features, index))));
  const nF = vocab.length;
  const adam = new SparseAdam(nF, nC);
  const { weights: W, bias } = adam;
  const g = new Float64Array(nC);
  const y = new Uint8Array(nC);
  forEachBatch(examples.length, opts, (order, start, end, lr) => {
    let batchWeight = 0;
    for (let k = start; k < end; k++) {
      const e = order[k]!;
      const ex = examples[e]!;
      const fs = feats[e]!;
      y.fill(0);
      for (const c of ex.members) y[c] = 1;
      const w = ex.weight;
      batchWeight += w;
      for (let c = 0; c < nC; c++) {
        let v = bias[c]!;
        for (let q = 0; q < fs.length; q++) v += W[fs[q]! * nC + c]!;
        const p = 1 / (1 + Math.exp(-v));
        g[c] = w * (p - y[c]!);
      }
      adam.accumulate(fs, g);
    }
    if (batchWeight <= 0) {
      adam.discard();
      return;
    }
    adam.step(1 / batchWeight, lr, opts.l2);
  });
  return { vocab, bias, weights: W };
}

/** m_c(x) for a list of feature atoms (unknown atoms contribute nothing). */
export function membershipLogits(m: MembershipModel, features: readonly string[], index: ReadonlyMap<string, number> = vocabIndex(m)): Float64Array {
  const nC = m.bias.length;
  const out = Float64Array.from(m.bias);
  for (const f of new Set(features)) {
    const i = index.get(f);
    if (i === undefined) continue;
    for (let c = 0; c < nC; c++) out[c]! += m.weights[i * nC + c]!;
  }
  return out;
}

/** Each vocabulary feature's row index in the trained membership model. */
export function vocabIndex(m: MembershipModel): Map<string, number> {
  return new Map(m.vocab.map((k, i) => [k, i] as const));
}

/** Trained weights as artifact rows: scaled, rounded, entries below `pruneBelow` dropped, empty rows left out. */
function sparseRows(m: MembershipModel, scale: number, digits: number, pruneBelow: number): { features: string[]; weights: Record<string, number>[] } {
  const nC = m.bias.length;
  const features: string[] = [];
  const weights: Record<string, number>[] = [];
  m.vocab.forEach((key, f) => {
    const row: Record<string, number> = {};
    let any = false;
    for (let c = 0; c < nC; c++) {
      const w = roundSig(scale * m.weights[f * nC + c]!, digits);
      if (Math.abs(w) >= pruneBelow) {
        row[String(c)] = w;
        any = true;
      }
    }
    if (any) {
      features.push(key);
      weights.push(row);
    }
  });
  return { features, weights };
}

export interface HeadBlend {
  /** Weight of the naive-Bayes score. */
  readonly beta: number;
  /** Weight of the membership logits. */
  readonly gamma: number;
  /** Significant digits kept in the artifact. */
  readonly digits: number;
  /** Weights with |gamma * w| below this are dropped. */
  readonly pruneBelow: number;
}

/** Fold s(c) = beta * nb(c) + gamma * m_c(x) into the engine's linear head (rounded, sparse rows). */
export function blendHead(m: MembershipModel, blend: HeadBlend): LinearHead {
  const r = (x: number): number => roundSig(x, blend.digits);
  const { features, weights } = sparseRows(m, blend.gamma, blend.digits, blend.pruneBelow);
  return { kind: 'linear', nbWeight: r(blend.beta), bias: Array.from(m.bias, (a) => r(blend.gamma * a)), features, weights };
}

export interface MembershipExport {
  /** Significant digits kept in the artifact. */
  readonly digits: number;
  /** Weights with |w| below this (after rounding) are dropped. */
  readonly pruneBelow: number;
  /** Plausibility threshold for the differential list. */
  readonly threshold: number;
}

/** The engine's `membership` head from trained logits: rounded, sparse, features in vocabulary order. */
export function toMembershipHead(m: MembershipModel, ex: MembershipExport): MembershipHead {
  const r = (x: number): number => roundSig(x, ex.digits);
  const { features, weights } = sparseRows(m, 1, ex.digits, ex.pruneBelow);
  return { kind: 'logistic', bias: Array.from(m.bias, r), features, weights, threshold: ex.threshold };
}
