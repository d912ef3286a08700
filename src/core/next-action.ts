/**
 * The next best action: score every question and test that could still reveal something by
 *   (expected information gain + challenger weight * challenger term) / (cost + overhead),
 * where the gain is the expected drop in posterior entropy (nats) and the challenger term is the
 * Jensen-Shannon divergence between the answer distributions under the leading condition and its
 * closest rival, weighted by their joint probability. Answer probabilities come from the model's
 * likelihoods; by default the posterior they act on is the calibrated one shown to the user, and
 * `planOn: 'generative'` makes them act on the naive-Bayes posterior softmax(nb / planTemperature)
 * instead (the generative model is what the answer probabilities come from, so it is the coherent
 * choice when a learned head reshapes the displayed list).
 *
 * Hot path: scores live in typed scratch arrays reused across calls; `bestAction` returns only the
 * winner without building the ranked list.
 */
import { listedPos, rowP, type CompiledFinding, type CompiledModel } from './compile.js';
import { FindingStatus, nbPosterior, posterior, type BeliefState } from './posterior.js';

export type Mode = 'instant' | 'questions-only' | 'budgeted' | 'no-budget';
export const MODES: readonly Mode[] = ['instant', 'questions-only', 'budgeted', 'no-budget'];

export interface PlanOptions {
  readonly mode: Mode;
  /** Dollar budget for tests (and question fees), used in `budgeted` mode. */
  readonly budgetUsd?: number;
  /** Dollars already spent. */
  readonly spentUsd?: number;
  /** Cost charged for asking a question (default 0: questions are free at the bedside). */
  readonly questionCostUsd?: number;
  /** Added to every cost so that free questions still rank by gain (default 1 USD). */
  readonly overheadUsd?: number;
  /** Weight of the challenger term (default 0.5). */
  readonly challengerWeight?: number;
  /** Conditions below this posterior are ignored when computing gains (default 1e-5). */
  readonly activeThreshold?: number;
  /** How many ranked candidates to return (default 5). */
  readonly topK?: number;
  /** When false, the score ignores cost (the "information gain without cost" baseline). */
  readonly costAware?: boolean;
  /** Which posterior gains are computed on: the displayed one (default) or the generative one. */
  readonly planOn?: 'posterior' | 'generative';
  /** Temperature of the generative planning posterior (default 1); > 1 keeps rivals in play longer. */
  readonly planTemperature?: number;
}

export interface ScoredAction {
  readonly actionIndex: number;
  readonly actionId: string;
  readonly kind: string;
  readonly name: string;
  readonly costUsd: number;
  /** Expected entropy reduction, nats. */
  readonly expectedGain: number;
  readonly challenger: number;
  readonly score: number;
}

const LN2 = Math.log(2);

/**
 * The planner's sparse view of a model, built once per model (off the hot path). Only findings that
 * some active condition lists can have non-zero gain, and conditions that do not list a finding all
 * share its leak row, so a finding's gain needs only its listing conditions plus the active mass U
 * that sits on the leak:
 *   q_o = sum_{listed active c} pi_c p_oc + U bg_o,   s = sum_{listed active c} pi_c sum_o p_oc log p_oc + U sum_o bg_o log bg_o,
 *   gain = s - sum_o q_o log q_o.
 * This is the same quantity the dense loop computes, summed in a different order (results agree to
 * rounding, ~1e-15 relative). Multi-choice findings keep, per listing condition, the probability most
 * of its values share (the smoothing floor) and a sparse list of values that differ, so a value no
 * active condition lifts off its floor costs one evaluation per leak class instead of one per value.
 */
interface PlanIndex {
  /** condition -> findings it lists (CSR, ascending), with each entry's p offset and sum p log p (single-group findings). */
  readonly cfStart: Int32Array;
  readonly cfFind: Int32Array;
  /** Condition-major copies for locality: p of each row at cfPOff[e] (single-group findings), sum p log p. */
  readonly cfPOff: Int32Array;
  readonly cfP: Float64Array;
  readonly cfNh: Float64Array;
  /** Per single-group finding, its accumulator block [mass, count, sum pi p log p, q per row] at accOff. */
  readonly accOff: Int32Array;
  /** finding -> listing conditions (CSR, ascending); entry k indexes the per-entry arrays below. */
  readonly fcStart: Int32Array;
  readonly fcCond: Int32Array;
  readonly multi: Uint8Array;
  /** Single-group findings (binary, categorical, ordinal): rows per finding and p per (entry, row). */
  readonly nRows: Int32Array;
  readonly entOff: Int32Array;
  readonly entP: Float64Array;
  /** Per entry: sum_o p log p (single-group), or of the floor value (multi). */
  readonly entNh: Float64Array;
  /** Per finding: leak rows (single-group) at bgOff, and sum_o bg log bg. */
  readonly bgOff: Int32Array;
  readonly bgP: Float64Array;
  readonly bgNh: Float64Array;
  /** Multi: per entry, floor p(absent), p(present), and the values off the floor (group, deltas). */
  readonly floor0: Float64Array;
  readonly floor1: Float64Array;
  readonly devStart: Int32Array;
  readonly devGroup: Int32Array;
  readonly devD0: Float64Array;
  readonly devD1: Float64Array;
  readonly devDn: Float64Array;
  /** Multi: per finding, its groups (non-none values) at grpOff; per group leak p0, p1, sum bg log bg, class. */
  readonly grpOff: Int32Array;
  readonly grpBg0: Float64Array;
  readonly grpBg1: Float64Array;
  readonly grpBgNh: Float64Array;
  readonly grpClass: Int32Array;
  /** Multi: per finding, its leak classes at clsOff (size and representative group). */
  readonly clsOff: Int32Array;
  readonly clsSize: Int32Array;
  readonly clsRep: Int32Array;
  readonly maxGroups: number;
  readonly maxRows: number;
  readonly maxClasses: number;
}

const plogp = (p: number, logP: number): number => (p > 0 ? p * logP : 0);

function buildIndex(cm: CompiledModel): PlanIndex {
  const nC = cm.nConditions;
  const nF = cm.findings.length;
  const fcStart = new Int32Array(nF + 1);
  const cfCount = new Int32Array(nC + 1);
  for (let f = 0; f < nF; f++) {
    const listedIdx = cm.findings[f]!.listedIdx;
    for (const c of listedIdx) cfCount[c + 1]!++;
    fcStart[f + 1] = fcStart[f]! + listedIdx.length;
  }
  const nE = fcStart[nF]!;
  const fcCond = new Int32Array(nE);
  const cfStart = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) cfStart[c + 1] = cfStart[c]! + cfCount[c + 1]!;
  const cfFind = new Int32Array(nE);
  const cfFill = cfStart.slice(0, nC);
  const multi = new Uint8Array(nF);
  const nRows = new Int32Array(nF);
  const entOff = new Int32Array(nE);
  const entNh = new Float64Array(nE);
  const bgOff = new Int32Array(nF + 1);
  const bgNh = new Float64Array(nF);
  const floor0 = new Float64Array(nE);
  const floor1 = new Float64Array(nE);
  const devStart = new Int32Array(nE + 1);
  const grpOff = new Int32Array(nF + 1);
  const clsOff = new Int32Array(nF + 1);
  const entP: number[] = [];
  const bgP: number[] = [];
  const devGroup: number[] = [];
  const devD0: number[] = [];
  const devD1: number[] = [];
  const devDn: number[] = [];
  const grpBg0: number[] = [];
  const grpBg1: number[] = [];
  const grpBgNh: number[] = [];
  const grpClass: number[] = [];
  const clsSize: number[] = [];
  const clsRep: number[] = [];
  let maxGroups = 0;
  let maxRows = 0;
  let maxClasses = 0;
  for (let f = 0; f < nF; f++) {
    const cf = cm.findings[f]!;
    const isMulti = cf.def.valueType === 'multi';
    multi[f] = isMulti ? 1 : 0;
    let k = fcStart[f]!;
    for (const c of cf.listedIdx) {
      fcCond[k] = c;
      cfFind[cfFill[c]!++] = f;
      k++;
    }
    if (!isMulti) {
      const nR = cf.rows.length;
      nRows[f] = nR;
      maxRows = Math.max(maxRows, nR);
      let nh = 0;
      for (let o = 0; o < nR; o++) {
        const r = cf.rows[o]!;
        bgP.push(r.bg);
        nh += plogp(r.bg, r.logBg);
      }
      bgNh[f] = nh;
      for (let e = fcStart[f]!; e < fcStart[f + 1]!; e++) {
        const j = e - fcStart[f]!;
        entOff[e] = entP.length;
        let h = 0;
        for (let o = 0; o < nR; o++) {
          const pj = cf.rows[o]!.pListed[j]!;
          entP.push(pj);
          h += plogp(pj, Math.log(pj));
        }
        entNh[e] = h;
      }
      devStart.fill(devGroup.length, fcStart[f]! + 1, fcStart[f + 1]! + 1);
    } else {
      const groups: number[] = [];
      for (let i = 0; i < cf.def.values.length; i++) if (i !== cf.noneValue) groups.push(i);
      maxGroups = Math.max(maxGroups, groups.length);
      const classOf = new Map<string, number>();
      const base = clsSize.length;
      for (const i of groups) {
        const r0 = cf.rows[2 * i]!;
        const r1 = cf.rows[2 * i + 1]!;
        grpBg0.push(r0.bg);
        grpBg1.push(r1.bg);
        grpBgNh.push(plogp(r0.bg, r0.logBg) + plogp(r1.bg, r1.logBg));
        const key = `${r0.bg}|${r1.bg}`;
        let cls = classOf.get(key);
        if (cls === undefined) {
          cls = clsSize.length - base;
          classOf.set(key, cls);
          clsSize.push(0);
          clsRep.push(grpBg0.length - 1 - grpOff[f]!);
        }
        clsSize[base + cls]!++;
        grpClass.push(cls);
      }
      grpOff[f + 1] = grpBg0.length;
      clsOff[f + 1] = clsSize.length;
      maxClasses = Math.max(maxClasses, clsSize.length - base);
      for (let e = fcStart[f]!; e < fcStart[f + 1]!; e++) {
        const c = fcCond[e]!;
        // The floor: the (absent, present) pair most of this condition's values share.
        const counts = new Map<string, number>();
        let bestKey = '';
        let bestN = 0;
        for (const i of groups) {
          const key = `${rowP(cf, 2 * i, c)}|${rowP(cf, 2 * i + 1, c)}`;
          const n = (counts.get(key) ?? 0) + 1;
          counts.set(key, n);
          if (n > bestN) { bestN = n; bestKey = key; }
        }
        let fl = -1;
        for (const i of groups) if (`${rowP(cf, 2 * i, c)}|${rowP(cf, 2 * i + 1, c)}` === bestKey) { fl = i; break; }
        const nhOf = (i: number): number => plogp(rowP(cf, 2 * i, c), Math.log(rowP(cf, 2 * i, c))) + plogp(rowP(cf, 2 * i + 1, c), Math.log(rowP(cf, 2 * i + 1, c)));
        const f0 = fl >= 0 ? rowP(cf, 2 * fl, c) : 0;
        const f1 = fl >= 0 ? rowP(cf, 2 * fl + 1, c) : 0;
        const fn = fl >= 0 ? nhOf(fl) : 0;
        floor0[e] = f0;
        floor1[e] = f1;
        entNh[e] = fn;
        groups.forEach((i, j) => {
          const p0 = rowP(cf, 2 * i, c);
          const p1 = rowP(cf, 2 * i + 1, c);
          if (p0 === f0 && p1 === f1) return;
          devGroup.push(j);
          devD0.push(p0 - f0);
          devD1.push(p1 - f1);
          devDn.push(nhOf(i) - fn);
        });
        devStart[e + 1] = devGroup.length;
      }
    }
    if (!isMulti) {
      grpOff[f + 1] = grpOff[f]!;
      clsOff[f + 1] = clsOff[f]!;
    }
    bgOff[f + 1] = bgP.length;
  }
  const cfPOff = new Int32Array(nE);
  const cfNh = new Float64Array(nE);
  const cfPList: number[] = [];
  {
    // Condition-major order: walk conditions, and within each its findings ascending.
    const entryOf = new Int32Array(nE);
    const fill = cfStart.slice(0, nC);
    for (let f = 0; f < nF; f++) for (let e = fcStart[f]!; e < fcStart[f + 1]!; e++) entryOf[fill[fcCond[e]!]!++] = e;
    for (let j = 0; j < nE; j++) {
      const e = entryOf[j]!;
      const f = cfFind[j]!;
      cfPOff[j] = cfPList.length;
      cfNh[j] = entNh[e]!;
      if (!multi[f]) for (let r = 0; r < nRows[f]!; r++) cfPList.push(entP[entOff[e]! + r]!);
    }
  }
  const accOff = new Int32Array(nF + 1);
  for (let f = 0; f < nF; f++) accOff[f + 1] = accOff[f]! + (multi[f] ? 0 : 3 + nRows[f]!);
  return {
    cfStart, cfFind, cfPOff, cfP: Float64Array.from(cfPList), cfNh, accOff, fcStart, fcCond, multi, nRows, entOff, entP: Float64Array.from(entP), entNh,
    bgOff, bgP: Float64Array.from(bgP), bgNh, floor0, floor1, devStart,
    devGroup: Int32Array.from(devGroup), devD0: Float64Array.from(devD0), devD1: Float64Array.from(devD1), devDn: Float64Array.from(devDn),
    grpOff, grpBg0: Float64Array.from(grpBg0), grpBg1: Float64Array.from(grpBg1), grpBgNh: Float64Array.from(grpBgNh), grpClass: Int32Array.from(grpClass),
    clsOff, clsSize: Int32Array.from(clsSize), clsRep: Int32Array.from(clsRep), maxGroups, maxRows, maxClasses,
  };
}

/** Scratch space reused across calls, sized to the model. */
interface Scratch {
  readonly ix: PlanIndex;
  /** Active conditions (posterior >= threshold) and their probabilities; pos[c] = slot in `active`, or -1. */
  active: Int32Array;
  pa: Float64Array;
  pos: Int32Array;
  plan: Float64Array;
  /** Per finding: gain and challenger divergence, valid when stamp[fi] === the current call's stamp. */
  gain: Float64Array;
  js: Float64Array;
  stamp: Uint32Array;
  call: number;
  /** Candidate findings of this call; `skip[f]` = stamp marks a visited finding that is not open. */
  cand: Int32Array;
  skip: Uint32Array;
  /** Challenger marks: findings the leader or the rival lists. */
  jsMark: Uint32Array;
  /** Accumulator blocks of the condition-major gain pass (see PlanIndex.accOff). */
  acc: Float64Array;
  /** Per action: expected gain, challenger term, score, cost; `touched` lists this call's candidates. */
  aGain: Float64Array;
  aChal: Float64Array;
  aScore: Float64Array;
  aCost: Float64Array;
  aStamp: Uint32Array;
  touched: Int32Array;
  /** Multi-choice accumulators per group and per leak class. */
  q: Float64Array;
  g0: Float64Array;
  g1: Float64Array;
  gn: Float64Array;
  gStamp: Uint32Array;
  gCall: number;
  gList: Int32Array;
  clsTouched: Int32Array;
  /** Recent per-finding values by planning posterior and statuses (see `findingValues`), round robin. */
  cache: CacheEntry[];
  cacheNext: number;
  /** Challenger divergences per (leader, rival) pair, in merge-walk order (NaN = not yet computed). */
  pairJs: Map<number, Float64Array>;
}

const PAIR_CACHE_MAX = 4096;

interface CacheEntry {
  hash: number;
  threshold: number;
  readonly p: Float64Array;
  readonly status: Uint8Array;
  /** -1 while empty. */
  nCand: number;
  readonly cand: Int32Array;
  readonly gain: Float64Array;
  readonly js: Float64Array;
}

/** Enough for a whole work-up's states, so policies that share a prefix (budgets) share its plans. */
const CACHE_ENTRIES = 64;
const scratchByModel = new WeakMap<CompiledModel, Scratch>();
function scratchFor(cm: CompiledModel): Scratch {
  let s = scratchByModel.get(cm);
  if (!s) {
    const nF = cm.findings.length;
    const nAct = cm.actions.length;
    const nC = cm.nConditions;
    const ix = buildIndex(cm);
    s = {
      ix,
      active: new Int32Array(nC), pa: new Float64Array(nC), pos: new Int32Array(nC).fill(-1), plan: new Float64Array(nC),
      gain: new Float64Array(nF), js: new Float64Array(nF), stamp: new Uint32Array(nF), call: 0, cand: new Int32Array(nF), skip: new Uint32Array(nF), jsMark: new Uint32Array(nF),
      acc: new Float64Array(ix.accOff[nF]!),
      aGain: new Float64Array(nAct), aChal: new Float64Array(nAct), aScore: new Float64Array(nAct), aCost: new Float64Array(nAct),
      aStamp: new Uint32Array(nAct), touched: new Int32Array(nAct),
      q: new Float64Array(Math.max(2, ix.maxRows)),
      g0: new Float64Array(ix.maxGroups), g1: new Float64Array(ix.maxGroups), gn: new Float64Array(ix.maxGroups),
      gStamp: new Uint32Array(ix.maxGroups), gCall: 0, gList: new Int32Array(ix.maxGroups), clsTouched: new Int32Array(ix.maxClasses),
      cache: Array.from({ length: CACHE_ENTRIES }, () => ({
        hash: 0, threshold: 0, p: new Float64Array(nC), status: new Uint8Array(nF), nCand: -1,
        cand: new Int32Array(nF), gain: new Float64Array(nF), js: new Float64Array(nF),
      })),
      cacheNext: 0,
      pairJs: new Map(),
    };
    scratchByModel.set(cm, s);
  }
  return s;
}

/** The posterior that planning acts on for these options. */
export function planningPosterior(state: BeliefState, opts: PlanOptions, p?: Float64Array): Float64Array {
  if (opts.planOn === 'generative') return nbPosterior(state, scratchFor(state.cm).plan, opts.planTemperature ?? 1);
  return p ?? posterior(state);
}

/** Expected information gain of observing one outcome group (rows r0..r0+n-1 that partition the answers). */
function groupGain(cf: CompiledFinding, r0: number, n: number, active: Int32Array, pa: Float64Array, nA: number): number {
  // I = sum_o sum_c pi_c p_oc log(p_oc / q_o)
  // Few active conditions: look each up in the sparse row rather than build dense views.
  let info = 0;
  for (let o = 0; o < n; o++) {
    const row = cf.rows[r0 + o]!;
    let q = 0;
    let s = 0;
    for (let k = 0; k < nA; k++) {
      const j = listedPos(cf, active[k]!);
      const pc = j < 0 ? row.bg : row.pListed[j]!;
      const m = pa[k]! * pc;
      q += m;
      s += m * (j < 0 ? row.logBg : Math.log(pc));
    }
    if (q > 0) info += s - q * Math.log(q);
  }
  return info > 0 ? info : 0;
}

function groupJs(cf: CompiledFinding, r0: number, n: number, a: number, b: number): number {
  let js = 0;
  for (let o = 0; o < n; o++) {
    const pa = rowP(cf, r0 + o, a);
    const pb = rowP(cf, r0 + o, b);
    const m = 0.5 * (pa + pb);
    if (pa > 0) js += 0.5 * pa * Math.log(pa / m);
    if (pb > 0) js += 0.5 * pb * Math.log(pb / m);
  }
  return js;
}

function multiJs(cf: CompiledFinding, a: number, b: number): number {
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
const DENSE_MAX_ACTIVE = 8;

function denseGain(cf: CompiledFinding, active: Int32Array, pa: Float64Array, nA: number): number {
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
function denseMultiGain(ix: PlanIndex, sc: Scratch, cf: CompiledFinding, nA: number): number {
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

const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/** Sparse gain of a multi-choice finding: the sum over its values of each value's (present/absent) gain. */
function multiGain(ix: PlanIndex, sc: Scratch, f: number, S: number, nA: number): number {
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
function findingValues(cm: CompiledModel, sc: Scratch, status: Uint8Array, p: Float64Array, threshold: number, nA: number, S: number, leader: number, rival: number, stamp: number): number {
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
  const ix = sc.ix;
  const { active, pa } = sc;
  const { gain: fGain, js: fJs, stamp: fStamp, cand, skip, jsMark, acc } = sc;
  const { cfStart, cfFind, cfPOff, cfP, cfNh, accOff, multi, nRows, bgOff, bgP, bgNh } = ix;
  const dense = nA <= DENSE_MAX_ACTIVE;
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
  return nCand;
}

export function actionCost(cm: CompiledModel, actionIndex: number, opts: PlanOptions): number {
  const a = cm.actions[actionIndex]!;
  return a.kind === 'question' ? (opts.questionCostUsd ?? 0) : a.priceUsd;
}

/**
 * Score every candidate action into the scratch arrays; `touched[0..n)` lists the candidates.
 * Candidates are gathered from the active conditions' listed findings (anything else has zero gain and
 * zero challenger divergence); gains per finding are computed once per call even when several actions
 * reveal the same finding.
 */
function scoreAll(state: BeliefState, opts: PlanOptions, p: Float64Array, spentUsd = opts.spentUsd ?? 0): { sc: Scratch; n: number } {
  const { cm } = state;
  const sc = scratchFor(cm);
  if (opts.mode === 'instant') return { sc, n: 0 };
  const threshold = opts.activeThreshold ?? 1e-5;
  const { active, pa, pos } = sc;
  let nA = 0;
  let h0 = 0;
  let S = 0;
  let leader = 0;
  let rival = -1;
  for (let c = 0; c < p.length; c++) {
    const v = p[c]!;
    if (v > p[leader]!) leader = c;
    if (v >= threshold) {
      active[nA] = c;
      pa[nA] = v;
      pos[c] = nA;
      nA++;
      h0 -= v * Math.log(v);
      S += v;
    }
  }
  for (let c = 0; c < p.length; c++) if (c !== leader && (rival < 0 || p[c]! > p[rival]!)) rival = c;
  const pairWeight = p[leader]! + (rival >= 0 ? p[rival]! : 0);
  const budgetLeft = opts.mode === 'budgeted' ? (opts.budgetUsd ?? Infinity) - spentUsd : Infinity;
  const overhead = opts.overheadUsd ?? 1;
  const lambda = opts.challengerWeight ?? 0.5;
  const costAware = opts.costAware ?? true;
  const questionsOnly = opts.mode === 'questions-only';
  const questionCost = opts.questionCostUsd ?? 0;
  sc.call = (sc.call + 1) >>> 0 || 1;
  const stamp = sc.call;
  const nCand = findingValues(cm, sc, state.status, p, threshold, nA, S, leader, rival, stamp);
  for (let k = 0; k < nA; k++) pos[active[k]!] = -1;
  const status = state.status;
  const { gain: fGain, js: fJs, stamp: fStamp, cand } = sc;
  let n = 0;
  for (let t = 0; t < nCand; t++) {
    const f = cand[t]!;
    if (fGain[f]! <= 0 && fJs[f]! <= 0) continue;
    const acts = cm.findings[f]!.actions;
    for (let i = 0; i < acts.length; i++) {
      const ai = acts[i]!;
      if (sc.aStamp[ai] === stamp) continue;
      sc.aStamp[ai] = stamp;
      sc.touched[n++] = ai;
    }
  }
  // Score the actions that reveal a finding with something to offer (in its own finding order, as before).
  let m = 0;
  for (let t = 0; t < n; t++) {
    const ai = sc.touched[t]!;
    const a = cm.actions[ai]!;
    if (questionsOnly && a.kind !== 'question') continue;
    const cost = a.kind === 'question' ? questionCost : a.priceUsd;
    if (cost > budgetLeft) continue;
    let gain = 0;
    let js = 0;
    const fs = a.findings;
    for (let k = 0; k < fs.length; k++) {
      const fi = fs[k]!;
      if (fStamp[fi] !== stamp || status[fi] !== FindingStatus.Unknown) continue;
      gain += fGain[fi]!;
      js += fJs[fi]!;
    }
    gain = Math.min(gain, h0);
    const challenger = pairWeight * Math.min(js, LN2);
    if (gain <= 0 && challenger <= 0) continue;
    const value = gain + lambda * challenger;
    sc.aGain[ai] = gain;
    sc.aChal[ai] = challenger;
    sc.aCost[ai] = cost;
    sc.aScore[ai] = costAware ? value / (cost + overhead) : value;
    sc.touched[m++] = ai;
  }
  return { sc, n: m };
}

function scored(cm: CompiledModel, sc: Scratch, ai: number): ScoredAction {
  const a = cm.actions[ai]!;
  return { actionIndex: ai, actionId: a.id, kind: a.kind, name: a.name, costUsd: sc.aCost[ai]!, expectedGain: sc.aGain[ai]!, challenger: sc.aChal[ai]!, score: sc.aScore[ai]! };
}

/**
 * Rank candidate actions. Returns them best first; empty when nothing can be learned or afforded.
 * `p` may be passed when the caller already has the displayed posterior.
 */
export function rankActions(state: BeliefState, opts: PlanOptions, p?: Float64Array): ScoredAction[] {
  const { cm } = state;
  if (opts.mode === 'instant') return [];
  const { sc, n } = scoreAll(state, opts, planningPosterior(state, opts, p));
  const out: ScoredAction[] = [];
  if (n === 0) return out;
  for (let t = 0; t < n; t++) out.push(scored(cm, sc, sc.touched[t]!));
  out.sort((x, y) => y.score - x.score || x.actionIndex - y.actionIndex);
  return out;
}

/** The best-ranked action (the first of `rankActions`), without building the whole list. */
export function bestAction(state: BeliefState, opts: PlanOptions, p?: Float64Array): ScoredAction | undefined {
  if (opts.mode === 'instant') return undefined;
  return bestActionOn(state, opts, planningPosterior(state, opts, p), opts.spentUsd ?? 0);
}

/**
 * For the work-up loop: the best action given the planning posterior itself (see `planningPosterior`)
 * and the dollars spent so far, so the loop can share one posterior between planning and stopping.
 */
export function bestActionOn(state: BeliefState, opts: PlanOptions, planP: Float64Array, spentUsd: number): ScoredAction | undefined {
  const { cm } = state;
  if (opts.mode === 'instant') return undefined;
  const { sc, n } = scoreAll(state, opts, planP, spentUsd);
  if (n === 0) return undefined;
  // Highest score, ties to the lowest action index (the order of rankActions).
  let best = -1;
  for (let t = 0; t < n; t++) {
    const ai = sc.touched[t]!;
    if (best < 0 || sc.aScore[ai]! > sc.aScore[best]! || (sc.aScore[ai] === sc.aScore[best] && ai < best)) best = ai;
  }
  return scored(cm, sc, best);
}

/** True when some action could still reveal something worth asking at any price (the budget rule's test). */
export function anyCandidateOn(state: BeliefState, opts: PlanOptions, planP: Float64Array): boolean {
  return scoreAll(state, { ...opts, mode: 'no-budget' }, planP).n > 0;
}
