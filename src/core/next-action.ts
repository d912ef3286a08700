/**
 * The next best action: score every question and test that could still reveal something by
 *   (expected information gain + challenger weight * challenger term) / (cost + overhead),
 * where the gain is the expected drop in posterior entropy (nats) and the challenger term is the
 * Jensen-Shannon divergence between the answer distributions under the leading condition and its
 * closest rival, weighted by their joint probability. Answer probabilities come from the model's
 * likelihoods; the posterior they act on is the calibrated one shown to the user.
 */
import type { CompiledFinding, CompiledModel } from './compile.js';
import { FindingStatus, posterior, type BeliefState } from './posterior.js';

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

/** Scratch space reused across calls, sized to the model. */
interface Scratch {
  active: Int32Array;
  pa: Float64Array;
}
const scratchByModel = new WeakMap<CompiledModel, Scratch>();
function scratchFor(cm: CompiledModel): Scratch {
  let s = scratchByModel.get(cm);
  if (!s) {
    s = { active: new Int32Array(cm.nConditions), pa: new Float64Array(cm.nConditions) };
    scratchByModel.set(cm, s);
  }
  return s;
}

/** Expected information gain of observing one outcome group (rows r0..r0+n-1 that partition the answers). */
function groupGain(cf: CompiledFinding, r0: number, n: number, active: Int32Array, pa: Float64Array, nA: number): number {
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

/** Information gain and challenger divergence for one finding, given the active conditions. */
export function findingValue(cf: CompiledFinding, active: Int32Array, pa: Float64Array, nA: number, leader: number, rival: number): { gain: number; js: number } {
  const def = cf.def;
  if (def.valueType === 'multi') {
    // Values are independent given the condition; the sum of per-value gains is an upper bound on
    // the joint gain, and is capped by the caller at the current entropy.
    let gain = 0;
    let js = 0;
    for (let i = 0; i < def.values.length; i++) {
      if (i === cf.noneValue) continue;
      gain += groupGain(cf, 2 * i, 2, active, pa, nA);
      if (rival >= 0) js += groupJs(cf, 2 * i, 2, leader, rival);
    }
    return { gain, js: Math.min(js, LN2) };
  }
  const n = cf.rows.length;
  return { gain: groupGain(cf, 0, n, active, pa, nA), js: rival >= 0 ? groupJs(cf, 0, n, leader, rival) : 0 };
}

export function actionCost(cm: CompiledModel, actionIndex: number, opts: PlanOptions): number {
  const a = cm.actions[actionIndex]!;
  return a.kind === 'question' ? (opts.questionCostUsd ?? 0) : a.priceUsd;
}

/**
 * Rank candidate actions. Returns them best first; empty when nothing can be learned or afforded.
 * `p` may be passed when the caller already has the posterior.
 */
export function rankActions(state: BeliefState, opts: PlanOptions, p: Float64Array = posterior(state)): ScoredAction[] {
  const { cm } = state;
  if (opts.mode === 'instant') return [];
  const sc = scratchFor(cm);
  const threshold = opts.activeThreshold ?? 1e-5;
  let nA = 0;
  let h0 = 0;
  let leader = 0;
  let rival = -1;
  for (let c = 0; c < p.length; c++) {
    const v = p[c]!;
    if (v > p[leader]!) leader = c;
    if (v >= threshold) {
      sc.active[nA] = c;
      sc.pa[nA] = v;
      nA++;
      h0 -= v * Math.log(v);
    }
  }
  for (let c = 0; c < p.length; c++) if (c !== leader && (rival < 0 || p[c]! > p[rival]!)) rival = c;
  const pairWeight = p[leader]! + (rival >= 0 ? p[rival]! : 0);
  const budgetLeft = opts.mode === 'budgeted' ? (opts.budgetUsd ?? Infinity) - (opts.spentUsd ?? 0) : Infinity;
  const overhead = opts.overheadUsd ?? 1;
  const lambda = opts.challengerWeight ?? 0.5;
  const costAware = opts.costAware ?? true;

  // Gains per finding, computed once even when several actions reveal the same finding.
  const gainCache = new Map<number, { gain: number; js: number }>();
  const valueOf = (fi: number): { gain: number; js: number } => {
    let v = gainCache.get(fi);
    if (!v) {
      const cf = cm.findings[fi]!;
      let relevant = false;
      for (let k = 0; k < nA && !relevant; k++) if (cf.listed[sc.active[k]!]) relevant = true;
      v = relevant ? findingValue(cf, sc.active, sc.pa, nA, leader, rival) : { gain: 0, js: 0 };
      gainCache.set(fi, v);
    }
    return v;
  };

  const out: ScoredAction[] = [];
  for (const a of cm.actions) {
    if (opts.mode === 'questions-only' && a.kind !== 'question') continue;
    let gain = 0;
    let js = 0;
    let open = false;
    for (const fi of a.findings) {
      if (state.status[fi] !== FindingStatus.Unknown) continue;
      open = true;
      const v = valueOf(fi);
      gain += v.gain;
      js += v.js;
    }
    if (!open) continue;
    const cost = actionCost(cm, a.index, opts);
    if (cost > budgetLeft) continue;
    gain = Math.min(gain, h0);
    const challenger = pairWeight * Math.min(js, LN2);
    if (gain <= 0 && challenger <= 0) continue;
    const value = gain + lambda * challenger;
    out.push({
      actionIndex: a.index,
      actionId: a.id,
      kind: a.kind,
      name: a.name,
      costUsd: cost,
      expectedGain: gain,
      challenger,
      score: costAware ? value / (cost + overhead) : value,
    });
  }
  out.sort((x, y) => y.score - x.score || x.actionIndex - y.actionIndex);
  return out;
}
