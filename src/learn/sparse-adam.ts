/**
 * Adam for a per-class bias and a sparse feature x class weight matrix, the shape of every linear head ddx
 * trains: each example activates a few features, so a mini-batch touches a few rows and only those rows are
 * updated (lazy Adam; L2 applied when a row is updated). The training loops keep their own loss and forward
 * pass and hand this the per-class gradient of each example; `forEachBatch` is the epoch and mini-batch schedule
 * they share. Deterministic: same calls, same bits.
 */
import { createRng, shuffle } from '../core/random.js';

const B1 = 0.9;
const B2 = 0.999;
const EPS = 1e-8;

/** Lazy Adam over a bias and a sparse weight matrix (see the module comment). */
export class SparseAdam {
  /** w[f * nC + c]. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
  private readonly mW: Float64Array;
  private readonly vW: Float64Array;
  private readonly gW: Float64Array;
  private readonly mB: Float64Array;
  private readonly vB: Float64Array;
  private readonly gB: Float64Array;
  private readonly touched: Uint8Array;
  private readonly touchedList: number[] = [];
  private t = 0;

  constructor(readonly nFeatures: number, readonly nClasses: number) {
    const n = nFeatures * nClasses;
    this.weights = new Float64Array(n);
    this.mW = new Float64Array(n);
    this.vW = new Float64Array(n);
    this.gW = new Float64Array(n);
    this.bias = new Float64Array(nClasses);
    this.mB = new Float64Array(nClasses);
    this.vB = new Float64Array(nClasses);
    this.gB = new Float64Array(nClasses);
    this.touched = new Uint8Array(nFeatures);
  }

  /** Add one example's gradient with respect to its logits (already weighted) to the batch gradient. */
  accumulate(features: Int32Array, grad: Float64Array): void {
    const nC = this.nClasses;
    for (let c = 0; c < nC; c++) this.gB[c]! += grad[c]!;
    for (let q = 0; q < features.length; q++) {
      const f = features[q]!;
      if (!this.touched[f]) {
        this.touched[f] = 1;
        this.touchedList.push(f);
      }
      const o = f * nC;
      for (let c = 0; c < nC; c++) this.gW[o + c]! += grad[c]!;
    }
  }

  /** Drop the batch gradient without a step (a batch whose examples all weigh zero). */
  discard(): void {
    const nC = this.nClasses;
    for (const f of this.touchedList) {
      this.touched[f] = 0;
      this.gW.fill(0, f * nC, (f + 1) * nC);
    }
    this.touchedList.length = 0;
    this.gB.fill(0);
  }

  /**
   * One Adam step on the batch gradient times `scale` (1 / batch weight), then clear it. Returns the bias
   * corrections of this step, so a caller can move its own extra parameters with the same step count.
   */
  step(scale: number, lr: number, l2: number): { c1: number; c2: number } {
    const nC = this.nClasses;
    this.t++;
    const c1 = 1 / (1 - B1 ** this.t);
    const c2 = 1 / (1 - B2 ** this.t);
    const { bias, mB, vB, gB, weights: W, mW, vW, gW } = this;
    for (let c = 0; c < nC; c++) {
      const g = gB[c]! * scale;
      mB[c] = B1 * mB[c]! + (1 - B1) * g;
      vB[c] = B2 * vB[c]! + (1 - B2) * g * g;
      bias[c]! -= (lr * (mB[c]! * c1)) / (Math.sqrt(vB[c]! * c2) + EPS);
    }
    gB.fill(0);
    this.touchedList.sort((a, b) => a - b);
    for (const f of this.touchedList) {
      const o = f * nC;
      for (let c = 0; c < nC; c++) {
        const g = gW[o + c]! * scale + l2 * W[o + c]!;
        mW[o + c] = B1 * mW[o + c]! + (1 - B1) * g;
        vW[o + c] = B2 * vW[o + c]! + (1 - B2) * g * g;
        W[o + c]! -= (lr * (mW[o + c]! * c1)) / (Math.sqrt(vW[o + c]! * c2) + EPS);
        gW[o + c] = 0;
      }
      this.touched[f] = 0;
    }
    this.touchedList.length = 0;
    return { c1, c2 };
  }

  /** Adam update of one scalar parameter with this optimiser's step count (call after `step`). */
  static scalar(p: number, g: number, state: { m: number; v: number }, lr: number, corr: { c1: number; c2: number }): number {
    state.m = B1 * state.m + (1 - B1) * g;
    state.v = B2 * state.v + (1 - B2) * g * g;
    return p - (lr * (state.m * corr.c1)) / (Math.sqrt(state.v * corr.c2) + EPS);
  }
}

/** The schedule of a head's training: epochs, base learning rate, mini-batch size and shuffle seed. */
export interface BatchSchedule {
  readonly epochs: number;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly seed: number;
}

/**
 * Call `batch` for every mini-batch of `n` examples, epoch by epoch: each epoch shuffles the example order
 * (one generator seeded by `schedule.seed`), and the last two epochs run at 0.3 of the learning rate.
 * A batch is `order[start..end)`.
 */
export function forEachBatch(n: number, schedule: BatchSchedule, batch: (order: readonly number[], start: number, end: number, lr: number) => void): void {
  const rng = createRng(schedule.seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < schedule.epochs; epoch++) {
    shuffle(order, rng);
    const lr = schedule.learningRate * (epoch < schedule.epochs - 2 ? 1 : 0.3);
    for (let start = 0; start < order.length; start += schedule.batchSize) batch(order, start, Math.min(order.length, start + schedule.batchSize), lr);
  }
}
