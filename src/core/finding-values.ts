/**
 * Gain and challenger divergence of every candidate finding for one planning posterior, into the
 * scratch arrays, with the recent-states cache in front (see `findingValues`).
 */
import type { CompiledModel } from './compile.js';
import { DENSE_MAX_ACTIVE, denseGain, denseMultiGain, multiGain, multiJs, xlogx } from './information-gain.js';
import { PAIR_CACHE_MAX, type Scratch } from './plan-scratch.js';
import { FindingStatus } from './posterior.js';

/** FNV-style hash of a posterior's bits (the key of the gain cache). */
function hashBits(p: Float64Array): number {
  const u = new Uint32Array(p.buffer, p.byteOffset, p.length * 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < u.length; i++) h = Math.imul(h ^ u[i]!, 0x01000193);
  return h >>> 0;
}

function sameF64(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameU8(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Gain and challenger divergence of every candidate finding (open, listed by an active condition) into
 * `sc.gain`/`sc.js`, stamped; returns the number of candidates in `sc.cand`. They depend only on the
 * planning posterior, the open findings and the threshold, not on mode, costs or budget, so they are
 * cached (exact match of posterior bits and statuses): a policy that asks twice about one state, or
 * several policies starting from one state, compute them once.
 */
export function findingValues(cm: CompiledModel, sc: Scratch, status: Uint8Array, p: Float64Array, threshold: number, nA: number, S: number, leader: number, rival: number, stamp: number): number {
  const h = hashBits(p);
  for (const e of sc.cache) {
    if (e.nCand < 0 || e.hash !== h || e.threshold !== threshold || !sameF64(e.p, p) || !sameU8(e.status, status)) continue;
    const { cand, gain, js, stamp: fStamp } = sc;
    for (let t = 0; t < e.nCand; t++) {
      const f = e.cand[t]!;
      cand[t] = f;
      fStamp[f] = stamp;
      gain[f] = e.gain[t]!;
      js[f] = e.js[t]!;
    }
    return e.nCand;
  }
  const nCand = computeFindingValues(cm, sc, status, nA, S, leader, rival, stamp);
  const e = sc.cache[sc.cacheNext]!;
  sc.cacheNext = (sc.cacheNext + 1) % sc.cache.length;
  e.hash = h;
  e.threshold = threshold;
  e.p.set(p);
  e.status.set(status);
  for (let t = 0; t < nCand; t++) {
    const f = sc.cand[t]!;
    e.cand[t] = f;
    e.gain[t] = sc.gain[f]!;
    e.js[t] = sc.js[f]!;
  }
  e.nCand = nCand;
  return nCand;
}

function computeFindingValues(cm: CompiledModel, sc: Scratch, status: Uint8Array, nA: number, S: number, leader: number, rival: number, stamp: number): number {
  const dense = nA <= DENSE_MAX_ACTIVE;
  const nCand = gatherCandidates(sc, status, nA, stamp, dense);
  challengerDivergences(cm, sc, status, leader, rival, stamp);
  candidateGains(cm, sc, nCand, nA, S, rival, stamp, dense);
  return nCand;
}

/** Step 1: the candidate findings into `sc.cand` (their count returned), with the sparse gain accumulators. */
function gatherCandidates(sc: Scratch, status: Uint8Array, nA: number, stamp: number, dense: boolean): number {
  const { active, pa, stamp: fStamp, cand, skip, acc } = sc;
  const { cfStart, cfFind, cfPOff, cfP, cfNh, accOff, multi, nRows } = sc.ix;
  // Candidate findings: open, and listed by an active condition. For single-group findings the same
  // pass accumulates, per finding and in ascending condition order, what the gain needs (see PlanIndex).
  let nCand = 0;
  for (let k = 0; k < nA; k++) {
    const c = active[k]!;
    const w = pa[k]!;
    for (let e = cfStart[c]!; e < cfStart[c + 1]!; e++) {
      const f = cfFind[e]!;
      if (fStamp[f] !== stamp) {
        fStamp[f] = stamp;
        if (status[f] !== FindingStatus.Unknown) {
          skip[f] = stamp;
          continue;
        }
        cand[nCand++] = f;
        if (dense || multi[f]) continue;
        for (let a = accOff[f]!; a < accOff[f + 1]!; a++) acc[a] = 0;
      } else if (skip[f] === stamp) continue;
      if (dense || multi[f]) continue;
      const a = accOff[f]!;
      const o = cfPOff[e]!;
      acc[a]! += w;
      acc[a + 1]! += 1;
      acc[a + 2]! += w * cfNh[e]!;
      const nR = nRows[f]!;
      if (nR === 2) {
        acc[a + 3]! += w * cfP[o]!;
        acc[a + 4]! += w * cfP[o + 1]!;
      } else for (let r = 0; r < nR; r++) acc[a + 3 + r]! += w * cfP[o + r]!;
    }
  }
  return nCand;
}

/** Step 2: the challenger divergence of each open finding the leader or the rival lists, into `sc.js`, marked in `sc.jsMark`. */
function challengerDivergences(cm: CompiledModel, sc: Scratch, status: Uint8Array, leader: number, rival: number, stamp: number): void {
  const { js: fJs, jsMark } = sc;
  const { cfStart, cfFind, cfPOff, cfP, multi, nRows, bgOff, bgP } = sc.ix;
  // Challenger divergence of the open findings the leader or the rival lists (any other is 0): walk
  // both sorted lists together, reading the other's probabilities as the leak where it does not list.
  if (rival >= 0) {
    // The divergences depend only on the model and the pair, which often stays the same for many
    // steps: they are kept per pair, in the order of this walk.
    const pairKey = leader * cm.nConditions + rival;
    let pairJs = sc.pairJs.get(pairKey);
    const fresh = pairJs === undefined;
    if (!pairJs) {
      if (sc.pairJs.size >= PAIR_CACHE_MAX) sc.pairJs.clear();
      pairJs = new Float64Array(cfStart[leader + 1]! - cfStart[leader]! + cfStart[rival + 1]! - cfStart[rival]!).fill(NaN);
      sc.pairJs.set(pairKey, pairJs);
    }
    let u = 0;
    let i = cfStart[leader]!;
    let j = cfStart[rival]!;
    const iEnd = cfStart[leader + 1]!;
    const jEnd = cfStart[rival + 1]!;
    while (i < iEnd || j < jEnd) {
      const fa = i < iEnd ? cfFind[i]! : 0x7fffffff;
      const fb = j < jEnd ? cfFind[j]! : 0x7fffffff;
      const f = fa < fb ? fa : fb;
      const ea = fa === f ? i++ : -1;
      const eb = fb === f ? j++ : -1;
      const slot = u++;
      if (status[f] !== FindingStatus.Unknown) continue;
      jsMark[f] = stamp;
      if (!fresh) {
        const v = pairJs[slot]!;
        if (v === v) {
          fJs[f] = v;
          continue;
        }
      }
      if (multi[f]) {
        const v = multiJs(cm.findings[f]!, leader, rival);
        fJs[f] = v;
        pairJs[slot] = v;
        continue;
      }
      const b = bgOff[f]!;
      let js = 0;
      for (let r = 0; r < nRows[f]!; r++) {
        const p1 = ea >= 0 ? cfP[cfPOff[ea]! + r]! : bgP[b + r]!;
        const p2 = eb >= 0 ? cfP[cfPOff[eb]! + r]! : bgP[b + r]!;
        const m = 0.5 * (p1 + p2);
        if (p1 > 0) js += 0.5 * p1 * Math.log(p1 / m);
        if (p2 > 0) js += 0.5 * p2 * Math.log(p2 / m);
      }
      fJs[f] = js;
      pairJs[slot] = js;
    }
  }
}

/** Step 3: the gain of each candidate into `sc.gain`, and its challenger divergence (0 unless marked) into `sc.js`. */
function candidateGains(cm: CompiledModel, sc: Scratch, nCand: number, nA: number, S: number, rival: number, stamp: number, dense: boolean): void {
  const ix = sc.ix;
  const { active, pa, gain: fGain, js: fJs, cand, jsMark, acc } = sc;
  const { accOff, multi, nRows, bgOff, bgP, bgNh } = ix;
  for (let t = 0; t < nCand; t++) {
    const f = cand[t]!;
    let g: number;
    // With few active conditions the dense sum is as cheap and keeps the reference rounding, which
    // decides between actions whose gains tie at the entropy cap when one condition holds the mass.
    if (dense) g = multi[f] ? denseMultiGain(ix, sc, cm.findings[f]!, nA) : denseGain(cm.findings[f]!, active, pa, nA);
    else if (multi[f]) g = multiGain(ix, sc, f, S, nA);
    else {
      const a = accOff[f]!;
      const U = acc[a + 1] === nA ? 0 : Math.max(0, S - acc[a]!);
      const b = bgOff[f]!;
      let info = acc[a + 2]! + U * bgNh[f]!;
      for (let r = 0; r < nRows[f]!; r++) info -= xlogx(acc[a + 3 + r]! + U * bgP[b + r]!);
      g = info > 0 ? info : 0;
    }
    const js = rival >= 0 && jsMark[f] === stamp ? fJs[f]! : 0;
    fGain[f] = g;
    fJs[f] = js;
  }
}
