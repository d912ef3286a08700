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
import type { CompiledFinding, CompiledModel } from './compile.js';
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

/** Scratch space reused across calls, sized to the model. */
interface Scratch {
  active: Int32Array;
  pa: Float64Array;
  plan: Float64Array;
  /** Per finding: gain and challenger divergence, valid when stamp[fi] === the current call's stamp. */
  gain: Float64Array;
  js: Float64Array;
  stamp: Uint32Array;
  call: number;
  /** Per action: expected gain, challenger term, score, cost; `ok` marks candidates. */
  aGain: Float64Array;
  aChal: Float64Array;
  aScore: Float64Array;
  aCost: Float64Array;
  ok: Uint8Array;
}
const scratchByModel = new WeakMap<CompiledModel, Scratch>();
function scratchFor(cm: CompiledModel): Scratch {
  let s = scratchByModel.get(cm);
  if (!s) {
    const nF = cm.findings.length;
    const nAct = cm.actions.length;
    s = {
      active: new Int32Array(cm.nConditions), pa: new Float64Array(cm.nConditions), plan: new Float64Array(cm.nConditions),
      gain: new Float64Array(nF), js: new Float64Array(nF), stamp: new Uint32Array(nF), call: 0,
      aGain: new Float64Array(nAct), aChal: new Float64Array(nAct), aScore: new Float64Array(nAct), aCost: new Float64Array(nAct), ok: new Uint8Array(nAct),
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
 * Score every candidate action into the scratch arrays (`ok[a]` = 1 for candidates). Returns the
 * number of candidates. Gains per finding are computed once per call even when several actions
 * reveal the same finding.
 */
function scoreAll(state: BeliefState, opts: PlanOptions, p: Float64Array): { sc: Scratch; n: number } {
  const { cm } = state;
  const sc = scratchFor(cm);
  sc.ok.fill(0);
  if (opts.mode === 'instant') return { sc, n: 0 };
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
  const questionsOnly = opts.mode === 'questions-only';
  const questionCost = opts.questionCostUsd ?? 0;
  sc.call = (sc.call + 1) >>> 0 || 1;
  const stamp = sc.call;
  const status = state.status;
  let n = 0;
  for (let ai = 0; ai < cm.actions.length; ai++) {
    const a = cm.actions[ai]!;
    if (questionsOnly && a.kind !== 'question') continue;
    let gain = 0;
    let js = 0;
    let open = false;
    const fs = a.findings;
    for (let k = 0; k < fs.length; k++) {
      const fi = fs[k]!;
      if (status[fi] !== FindingStatus.Unknown) continue;
      open = true;
      if (sc.stamp[fi] !== stamp) {
        sc.stamp[fi] = stamp;
        const cf = cm.findings[fi]!;
        let relevant = false;
        for (let j = 0; j < nA; j++) {
          if (cf.listed[sc.active[j]!]) {
            relevant = true;
            break;
          }
        }
        if (relevant) {
          const v = findingValue(cf, sc.active, sc.pa, nA, leader, rival);
          sc.gain[fi] = v.gain;
          sc.js[fi] = v.js;
        } else {
          sc.gain[fi] = 0;
          sc.js[fi] = 0;
        }
      }
      gain += sc.gain[fi]!;
      js += sc.js[fi]!;
    }
    if (!open) continue;
    const cost = a.kind === 'question' ? questionCost : a.priceUsd;
    if (cost > budgetLeft) continue;
    gain = Math.min(gain, h0);
    const challenger = pairWeight * Math.min(js, LN2);
    if (gain <= 0 && challenger <= 0) continue;
    const value = gain + lambda * challenger;
    sc.ok[ai] = 1;
    sc.aGain[ai] = gain;
    sc.aChal[ai] = challenger;
    sc.aCost[ai] = cost;
    sc.aScore[ai] = costAware ? value / (cost + overhead) : value;
    n++;
  }
  return { sc, n };
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
  for (let ai = 0; ai < cm.actions.length; ai++) if (sc.ok[ai]) out.push(scored(cm, sc, ai));
  out.sort((x, y) => y.score - x.score || x.actionIndex - y.actionIndex);
  return out;
}

/** The best-ranked action (the first of `rankActions`), without building the whole list. */
export function bestAction(state: BeliefState, opts: PlanOptions, p?: Float64Array): ScoredAction | undefined {
  const { cm } = state;
  if (opts.mode === 'instant') return undefined;
  const { sc, n } = scoreAll(state, opts, planningPosterior(state, opts, p));
  if (n === 0) return undefined;
  let best = -1;
  for (let ai = 0; ai < cm.actions.length; ai++) if (sc.ok[ai] && (best < 0 || sc.aScore[ai]! > sc.aScore[best]!)) best = ai;
  return scored(cm, sc, best);
}
