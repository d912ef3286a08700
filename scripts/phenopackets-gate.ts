/**
 * The seen/unseen gate of the eighteenth session (docs/sessions/18-rare.md), measured inside
 * `scripts/phenopackets-cv.ts --gate`: per case, the Bayes top `TOP` of each class with their scores, exemplar
 * similarities and correctness; then rankings with the seen class's scores shifted by a fitted logistic gate
 * (`src/core/class-gate.ts`) before the shipped re-rank (score + w x similarity over the top `TOP`).
 */
import { classLogOdds, fitLogistic, gateShift, solveLinear } from '../src/core/class-gate.js';
import { topK } from '../src/core/posterior.js';

/** The shipped re-rank's weight and depth. */
const W = 0.75;
const TOP = 20;

/** One case: the union of each class's Bayes top TOP, in Bayes order, and the gate's features. */
export interface GateRecord {
  readonly fold: number;
  readonly seenTruth: 0 | 1;
  /** [1, g1 (the posterior's seen log-odds at `temperature`), g2 (best seen similarity - best other similarity)]. */
  readonly features: readonly [intercept: 1, g1: number, g2: number];
  /** The posterior's temperature: a calibrated gate's shift in score units is t x (logit - g1) (`gateShift`). */
  readonly temperature: number;
  readonly seen: Uint8Array;
  readonly score: Float64Array;
  readonly sim: Float64Array;
  readonly ok: Uint8Array;
}

/** The case's record: `sim(c)` is the re-rank's similarity of condition c (best of profile and training cases). */
export function gateRecord(fold: number, seenTruth: boolean, sc: Float64Array, post: Float64Array, seenMask: Uint8Array, temperature: number, sim: (c: number) => number, right: (c: number) => boolean): GateRecord {
  // Each class's top TOP; the filter keeps a class smaller than TOP from lending the other class's conditions twice.
  const head = (want: number): number[] => topK(Float64Array.from(post, (v, i) => (seenMask[i] === want ? v : -1)), TOP).filter((c) => seenMask[c] === want);
  const cand = [...head(1), ...head(0)].sort((a, b) => sc[b]! - sc[a]! || a - b);
  const sims = Float64Array.from(cand, sim);
  let bestSeen = 0;
  let bestOther = 0;
  cand.forEach((c, i) => {
    if (seenMask[c]) bestSeen = Math.max(bestSeen, sims[i]!);
    else bestOther = Math.max(bestOther, sims[i]!);
  });
  return {
    fold,
    seenTruth: seenTruth ? 1 : 0,
    features: [1, classLogOdds(sc, seenMask, temperature), bestSeen - bestOther],
    temperature,
    seen: Uint8Array.from(cand, (c) => seenMask[c]!),
    score: Float64Array.from(cand, (c) => sc[c]!),
    sim: sims,
    ok: Uint8Array.from(cand, (c) => (right(c) ? 1 : 0)),
  };
}

/** The truth's rank (-1: not in the re-ranked head) with the seen class's scores shifted by `delta`. */
export function gatedRank(r: GateRecord, delta: number): number {
  const n = r.score.length;
  const shifted = Float64Array.from(r.score, (s, i) => s + (r.seen[i] ? delta : 0));
  const head = Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => shifted[b]! - shifted[a]! || a - b)
    .slice(0, TOP);
  const order = head.map((i, pos) => ({ i, pos, f: shifted[i]! + W * r.sim[i]! })).sort((a, b) => b.f - a.f || a.pos - b.pos);
  return order.findIndex((o) => r.ok[o.i] === 1);
}

type Counts = { n: number; t1: number; t3: number; t10: number };

/** Top-1/3/10 counts of all, seen and unseen truths when each record is ranked with `delta(r)`. */
function evaluate(recs: readonly GateRecord[], delta: (r: GateRecord) => number): Record<'all' | 'seen' | 'unseen', Counts> {
  const out = { all: { n: 0, t1: 0, t3: 0, t10: 0 }, seen: { n: 0, t1: 0, t3: 0, t10: 0 }, unseen: { n: 0, t1: 0, t3: 0, t10: 0 } };
  for (const r of recs) {
    const k = gatedRank(r, delta(r));
    for (const a of [out.all, r.seenTruth ? out.seen : out.unseen]) {
      a.n++;
      if (k === 0) a.t1++;
      if (k >= 0 && k < 3) a.t3++;
      if (k >= 0 && k < 10) a.t10++;
    }
  }
  return out;
}

const fmt = (c: Counts): string => `${((100 * c.t1) / c.n).toFixed(2)}/${((100 * c.t3) / c.n).toFixed(2)}/${((100 * c.t10) / c.n).toFixed(2)} (${c.t1}/${c.t3}/${c.t10} of ${c.n})`;

function line(label: string, recs: readonly GateRecord[], delta: (r: GateRecord) => number): void {
  const e = evaluate(recs, delta);
  console.log(`  GATE ${label}: all ${fmt(e.all)} seen ${fmt(e.seen)} unseen ${fmt(e.unseen)}`);
}

const fit = (recs: readonly GateRecord[], k: number): number[] => fitLogistic(recs.map((r) => r.features.slice(0, k)), recs.map((r) => r.seenTruth));

/**
 * The gate fitted to the ranking: b maximising the listwise (conditional-logit) likelihood of the truth among a
 * record's candidates under fused = score + (b . h) x seen + W x sim, h = the first k features; Newton's method (the
 * log-likelihood is concave in b). Records whose truth is not among the candidates do not enter. b = 0: no gate.
 */
function fitListwise(recs: readonly GateRecord[], k: number, iterations = 200): number[] {
  const b = new Array<number>(k).fill(0);
  const used = recs.filter((r) => r.ok.includes(1));
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 1e-6 : 0)));
    for (const r of used) {
      const delta = r.features.slice(0, k).reduce((acc, v, j) => acc + v * b[j]!, 0);
      const f = Array.from(r.score, (s, i) => s + (r.seen[i] ? delta : 0) + W * r.sim[i]!);
      const max = Math.max(...f);
      const e = f.map((v) => Math.exp(v - max));
      const z = e.reduce((a, v) => a + v, 0);
      const q = e.reduce((a, v, i) => a + (r.seen[i] ? v : 0), 0) / z;
      // The truth's own class indicator: log p(truth) = f_t - log z, d/d delta = seen_t - q, d2 = -q (1 - q).
      // Where several candidates are right, the first (in Bayes order) stands for the truth; a set likelihood
      // (log of the right ones' mass) would lose concavity. gatedRank likewise counts the first right one.
      const t = r.ok.indexOf(1);
      const resid = r.seen[t]! - q;
      const v = q * (1 - q);
      for (let i = 0; i < k; i++) {
        g[i]! += resid * r.features[i]! - 1e-6 * b[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += v * r.features[i]! * r.features[j]!;
      }
    }
    const raw = solveLinear(h, g);
    // Damped: near-saturated softmaxes make the curvature small and a full step overshoot.
    const cap = Math.max(1, ...raw.map(Math.abs));
    const step = raw.map((x) => x / cap);
    b.forEach((_, i) => (b[i]! += step[i]!));
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return b;
}


/**
 * Prints the reference (no gate), the oracle (the truth's class known), gates A ([1, g1]) and B ([1, g1, g2]) fitted on
 * all the records and cross-fitted (each fold ranked with the gate fitted on the other folds), and `given` if any.
 */
export function gateReport(recs: readonly GateRecord[], given?: readonly number[], givenListwise?: readonly number[]): void {
  line('reference (no gate)', recs, () => 0);
  if (givenListwise) {
    // Scoring a gate fitted elsewhere: no fit on these records.
    line(`given listwise ${givenListwise.join(',')}`, recs, (r) => givenListwise.reduce((acc, v, j) => acc + v * r.features[j]!, 0));
    return;
  }
  line('oracle (class known)', recs, (r) => (r.seenTruth ? 1e6 : -1e6));
  const folds = [...new Set(recs.map((r) => r.fold))];
  for (const [name, k] of [['A [1,g1]', 2], ['B [1,g1,g2]', 3]] as const) {
    const a = fit(recs, k);
    console.log(`  GATE ${name} coefficients (all folds): ${a.map((v) => v.toPrecision(10)).join(',')}`);
    line(`${name} pooled fit`, recs, (r) => gateShift(a, r.features, r.temperature));
    if (folds.length > 1) {
      const byFold = new Map(folds.map((f) => [f, fit(recs.filter((r) => r.fold !== f), k)]));
      console.log(`  GATE ${name} cross-fitted coefficients: ${[...byFold].map(([f, c]) => `fold ${f}: ${c.map((v) => v.toFixed(4)).join(',')}`).join('; ')}`);
      line(`${name} cross-fitted`, recs, (r) => gateShift(byFold.get(r.fold)!, r.features, r.temperature));
    }
  }
  for (const [name, k] of [["A' [1,g1] listwise", 2], ["B' [1,g1,g2] listwise", 3]] as const) {
    const b = fitListwise(recs, k);
    const shift = (c: readonly number[]) => (r: GateRecord): number => c.reduce((acc, v, j) => acc + v * r.features[j]!, 0);
    console.log(`  GATE ${name} coefficients (all folds): ${b.map((v) => v.toPrecision(10)).join(',')}`);
    line(`${name} pooled fit`, recs, shift(b));
    if (folds.length > 1) {
      const byFold = new Map(folds.map((f) => [f, fitListwise(recs.filter((r) => r.fold !== f), k)]));
      console.log(`  GATE ${name} cross-fitted coefficients: ${[...byFold].map(([f, c]) => `fold ${f}: ${c.map((v) => v.toFixed(4)).join(',')}`).join('; ')}`);
      line(`${name} cross-fitted`, recs, (r) => shift(byFold.get(r.fold)!)(r));
    }
  }
  if (given) line(`given ${given.join(',')}`, recs, (r) => gateShift(given, r.features, r.temperature));
}
