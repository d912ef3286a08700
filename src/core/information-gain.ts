/**
 * The planner's arithmetic for one finding: expected information gain (the expected drop in posterior
 * entropy, nats) over the active conditions, and the Jensen-Shannon divergence of its answers between
 * the leader and its rival. Dense reference sums, and the sparse sums over the plan index that give
 * the same numbers to rounding.
 */
import type { CompiledFinding } from './compile.js';
import type { PlanIndex } from './plan-index.js';
import type { Scratch } from './plan-scratch.js';

export const LN2 = Math.log(2);

/** Expected information gain of observing one outcome group (rows r0..r0+n-1 that partition the answers). */
export function groupGain(cf: CompiledFinding, r0: number, n: number, active: Int32Array, pa: Float64Array, nA: number): number {
  // I = sum_o sum_c pi_c p_oc log(p_oc / q_o)
  let info = 0;
  for (let o = 0; o < n; o++) {
    const p = cf.rows[r0 + o]!.p;
    const logP = cf.rows[r0 + o]!.logP;
    let q = 0;
    let s = 0;
    for (let k = 0; k < nA; k++) {
      const c = active[k]!;
      const m = pa[k]! * p[c]!;
      q += m;
      s += m * logP[c]!;
    }
    if (q > 0) info += s - q * Math.log(q);
  }
  return info > 0 ? info : 0;
}

function groupJs(cf: CompiledFinding, r0: number, n: number, a: number, b: number): number {
  let js = 0;
  for (let o = 0; o < n; o++) {
    const pa = cf.rows[r0 + o]!.p[a]!;
    const pb = cf.rows[r0 + o]!.p[b]!;
    const m = 0.5 * (pa + pb);
    if (pa > 0) js += 0.5 * pa * Math.log(pa / m);
    if (pb > 0) js += 0.5 * pb * Math.log(pb / m);
  }
  return js;
}

export function multiJs(cf: CompiledFinding, a: number, b: number): number {
  let js = 0;
  for (let i = 0; i < cf.rows.length / 2; i++) if (i !== cf.noneValue) js += groupJs(cf, 2 * i, 2, a, b);
  return Math.min(js, LN2);
}

/**
 * Information gain and challenger divergence for one finding, given the active conditions: the
 * reference (dense) computation over every active condition, kept for callers and tests.
 */
export function findingValue(cf: CompiledFinding, active: Int32Array, pa: Float64Array, nA: number, leader: number, rival: number): { gain: number; js: number } {
  const def = cf.def;
  if (def.valueType === 'multi') {
    // Values are independent given the condition; the sum of per-value gains is an upper bound on
    // the joint gain, and is capped by the caller at the current entropy.
    let gain = 0;
    for (let i = 0; i < def.values.length; i++) {
      if (i === cf.noneValue) continue;
      gain += groupGain(cf, 2 * i, 2, active, pa, nA);
    }
    return { gain, js: rival >= 0 ? multiJs(cf, leader, rival) : 0 };
  }
  const n = cf.rows.length;
  return { gain: groupGain(cf, 0, n, active, pa, nA), js: rival >= 0 ? groupJs(cf, 0, n, leader, rival) : 0 };
}

/** Up to this many active conditions, gains are summed densely (the reference order). */
export const DENSE_MAX_ACTIVE = 8;

export function denseGain(cf: CompiledFinding, active: Int32Array, pa: Float64Array, nA: number): number {
  if (cf.def.valueType !== 'multi') return groupGain(cf, 0, cf.rows.length, active, pa, nA);
  let gain = 0;
  for (let i = 0; i < cf.rows.length / 2; i++) if (i !== cf.noneValue) gain += groupGain(cf, 2 * i, 2, active, pa, nA);
  return gain;
}

/**
 * `denseGain` of a multi-choice finding, bit for bit, without evaluating every value: a value that no
 * active condition lifts off its floor reads the same probabilities as any other such value of its
 * leak class, so its (dense) group gain is the same number; it is computed once per class and the sum
 * is still taken value by value in order.
 */
export function denseMultiGain(ix: PlanIndex, sc: Scratch, cf: CompiledFinding, nA: number): number {
  const f = cf.index;
  sc.gCall = (sc.gCall + 1) >>> 0 || 1;
  const stamp = sc.gCall;
  const { gStamp, pos, active, pa } = sc;
  for (let e = ix.fcStart[f]!; e < ix.fcStart[f + 1]!; e++) {
    if (pos[ix.fcCond[e]!]! < 0) continue;
    for (let d = ix.devStart[e]!; d < ix.devStart[e + 1]!; d++) gStamp[ix.devGroup[d]!] = stamp;
  }
  const go = ix.grpOff[f]!;
  const nG = ix.grpOff[f + 1]! - go;
  const clsVal = sc.g0;
  const clsDone = sc.clsTouched;
  clsDone.fill(0, 0, ix.clsOff[f + 1]! - ix.clsOff[f]!);
  const none = cf.noneValue;
  let gain = 0;
  for (let j = 0; j < nG; j++) {
    const i = none >= 0 && j >= none ? j + 1 : j;
    if (gStamp[j] === stamp) {
      gain += groupGain(cf, 2 * i, 2, active, pa, nA);
      continue;
    }
    const cl = ix.grpClass[go + j]!;
    if (!clsDone[cl]) {
      clsVal[cl] = groupGain(cf, 2 * i, 2, active, pa, nA);
      clsDone[cl] = 1;
    }
    gain += clsVal[cl]!;
  }
  return gain;
}

export const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/** Sparse gain of a multi-choice finding: the sum over its values of each value's (present/absent) gain. */
export function multiGain(ix: PlanIndex, sc: Scratch, f: number, S: number, nA: number): number {
  sc.gCall = (sc.gCall + 1) >>> 0 || 1;
  const stamp = sc.gCall;
  const pos = sc.pos;
  const pa = sc.pa;
  const { g0, g1, gn, gStamp, gList } = sc;
  const e0 = ix.fcStart[f]!;
  const e1 = ix.fcStart[f + 1]!;
  let listedMass = 0;
  let nListed = 0;
  let F0 = 0;
  let F1 = 0;
  let FN = 0;
  let nT = 0;
  for (let e = e0; e < e1; e++) {
    const k = pos[ix.fcCond[e]!]!;
    if (k < 0) continue;
    const w = pa[k]!;
    listedMass += w;
    nListed++;
    F0 += w * ix.floor0[e]!;
    F1 += w * ix.floor1[e]!;
    FN += w * ix.entNh[e]!;
    for (let d = ix.devStart[e]!; d < ix.devStart[e + 1]!; d++) {
      const j = ix.devGroup[d]!;
      if (gStamp[j] !== stamp) {
        gStamp[j] = stamp;
        gList[nT++] = j;
        g0[j] = 0;
        g1[j] = 0;
        gn[j] = 0;
      }
      g0[j]! += w * ix.devD0[d]!;
      g1[j]! += w * ix.devD1[d]!;
      gn[j]! += w * ix.devDn[d]!;
    }
  }
  const U = nListed === nA ? 0 : Math.max(0, S - listedMass);
  const go = ix.grpOff[f]!;
  const co = ix.clsOff[f]!;
  const nCls = ix.clsOff[f + 1]! - co;
  const clsTouched = sc.clsTouched;
  clsTouched.fill(0, 0, nCls);
  let gain = 0;
  for (let t = 0; t < nT; t++) {
    const j = gList[t]!;
    clsTouched[ix.grpClass[go + j]!]!++;
    const info = FN + gn[j]! + U * ix.grpBgNh[go + j]! - xlogx(F0 + g0[j]! + U * ix.grpBg0[go + j]!) - xlogx(F1 + g1[j]! + U * ix.grpBg1[go + j]!);
    if (info > 0) gain += info;
  }
  // Values no active condition lifts off its floor: identical within a leak class.
  for (let cl = 0; cl < nCls; cl++) {
    const n = ix.clsSize[co + cl]! - clsTouched[cl]!;
    if (n <= 0) continue;
    const j = go + ix.clsRep[co + cl]!;
    const info = FN + U * ix.grpBgNh[j]! - xlogx(F0 + U * ix.grpBg0[j]!) - xlogx(F1 + U * ix.grpBg1[j]!);
    if (info > 0) gain += n * info;
  }
  return gain;
}
