/**
 * The planner's per-model scratch space: typed arrays reused across calls (so ranking allocates
 * nothing on the hot path), the recent-states cache of finding values, and the challenger cache per
 * (leader, rival) pair. One per compiled model, held weakly.
 */
import type { CompiledModel } from './compile.js';
import { buildIndex, type PlanIndex } from './plan-index.js';

/** Scratch space reused across calls, sized to the model. */
export interface Scratch {
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

export const PAIR_CACHE_MAX = 4096;

export interface CacheEntry {
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
/** The scratch space of a model, created (with its plan index) on first use. */
export function scratchFor(cm: CompiledModel): Scratch {
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
