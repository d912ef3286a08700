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
 * winner without building the ranked list. This module ranks; the plan index (plan-index.ts), the
 * scratch space and caches (plan-scratch.ts), the gain arithmetic (information-gain.ts) and the
 * per-finding values (finding-values.ts) live beside it.
 */
import type { CompiledModel } from './compile.js';
import { findingValues } from './finding-values.js';
import { LN2 } from './information-gain.js';
import { scratchFor, type Scratch } from './plan-scratch.js';
import { FindingStatus, nbPosterior, posterior, type BeliefState } from './posterior.js';

// The reference per-finding computation, exported here since before the split.
export { findingValue } from './information-gain.js';

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

/** The posterior that planning acts on for these options. */
export function planningPosterior(state: BeliefState, opts: PlanOptions, p?: Float64Array): Float64Array {
  if (opts.planOn === 'generative') return nbPosterior(state, scratchFor(state.cm).plan, opts.planTemperature ?? 1);
  return p ?? posterior(state);
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
      if (fStamp[fi] !== stamp || status[fi] !== FindingStatus.Unknown || !followUpOpen(cm, status, fi)) continue;
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

/**
 * The follow-up rule, the one every caller of the planner shares (interview, API, benchmarks): a
 * finding with a parent (where the pain is, how it feels) is asked only once its parent has been
 * observed present. Before that the answer would be ambiguous ("nowhere" because there is no pain?),
 * and a clinician asks whether there is pain first.
 */
export function followUpOpen(cm: CompiledModel, status: Uint8Array, fi: number): boolean {
  const parent = cm.findings[fi]!.parentIndex;
  return parent < 0 || status[parent] === FindingStatus.Observed;
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
