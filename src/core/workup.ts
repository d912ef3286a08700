/**
 * The stepwise work-up loop: choose the next best action, get its answer from an oracle (a patient,
 * a clinician, or the benchmark gatekeeper), update the belief, and repeat until a stopping rule
 * fires. Every step leaves a trace: the action, its expected gain and cost, the runners-up, and the
 * posterior before and after. Pure as long as the oracle is.
 */
import type { CompiledAction, CompiledModel } from './compile.js';
import type { Observation } from './evidence.js';
import { actionCost, anyCandidateOn, bestActionOn, findingValue, followUpOpen, rankActions, type PlanOptions, type ScoredAction } from './next-action.js';
import { FindingStatus, markSkipped, nbPosterior, observe, observeInto, posterior, rank, type BeliefState } from './posterior.js';
import { stopBeforePlanning, stopReason, type StopReason, type StopRules } from './stopping.js';

export interface RankedCondition {
  readonly conditionId: string;
  readonly probability: number;
}

export interface StepTrace {
  readonly step: number;
  readonly action: { readonly id: string; readonly kind: string; readonly name: string; readonly costUsd: number };
  readonly expectedGain: number;
  readonly challenger: number;
  readonly score: number;
  readonly runnersUp: readonly ScoredAction[];
  readonly revealed: readonly Observation[];
  readonly before: readonly RankedCondition[];
  readonly after: readonly RankedCondition[];
}

export interface WorkupOptions extends PlanOptions {
  readonly rules?: StopRules;
  /** Keep a full per-step trace (default true); the benchmark's hot path turns it off. */
  readonly trace?: boolean;
  /** How many conditions to record before and after each step (default 5). */
  readonly traceTop?: number;
  /** Choose the action yourself (baselines); default is the best-ranked one. */
  readonly choose?: (ranked: readonly ScoredAction[], state: BeliefState) => ScoredAction | undefined;
  /**
   * Which posterior the confidence rule reads: the displayed one (default) or the generative
   * naive-Bayes one at temperature 1. With a learned head that spreads mass over a differential, the
   * displayed top probability is deliberately modest, so "confident" is better judged generatively.
   */
  readonly stopOn?: 'posterior' | 'generative';
}

export interface WorkupResult {
  readonly belief: BeliefState;
  readonly posterior: Float64Array;
  readonly steps: readonly StepTrace[];
  readonly actionsTaken: readonly string[];
  readonly stepCount: number;
  readonly questions: number;
  readonly tests: number;
  readonly spentUsd: number;
  readonly stopReason: StopReason;
}

export type Oracle = (action: CompiledAction, state: BeliefState) => readonly Observation[];

export function topConditions(cm: CompiledModel, p: Float64Array, k: number): RankedCondition[] {
  return rank(p)
    .slice(0, k)
    .map((c) => ({ conditionId: cm.model.conditions[c]!.id, probability: p[c]! }));
}

/** One turn of the loop: the action to take next (with the ranked candidates), or why to stop. */
export interface PlannedStep {
  readonly best: ScoredAction | undefined;
  readonly ranked: readonly ScoredAction[];
  readonly stopReason: StopReason | undefined;
}

/** Where a work-up stands: steps taken and dollars spent so far. */
export interface WorkupProgress {
  readonly steps: number;
  readonly spentUsd: number;
}

/**
 * Plan one turn of the work-up: rank the candidates and apply the stopping rules. Every stepwise
 * surface (the CLI interview, the API's sessions, one-shot diagnosis, every benchmark) decides with
 * this, so the same state gets the same next action everywhere. `p` is the displayed posterior;
 * `gen` a buffer for the generative one when `stopOn` is 'generative'.
 */
export function planStep(state: BeliefState, opts: WorkupOptions, progress: WorkupProgress, p: Float64Array = posterior(state), gen?: Float64Array): PlannedStep {
  const planOpts: PlanOptions = { ...opts, spentUsd: progress.spentUsd };
  const ranked = rankActions(state, planOpts, p);
  const best = opts.choose ? opts.choose(ranked, state) : ranked[0];
  const conf = opts.stopOn === 'generative' ? nbPosterior(state, gen ?? new Float64Array(state.cm.nConditions)) : p;
  let top = 0;
  for (let c = 0; c < conf.length; c++) if (conf[c]! > top) top = conf[c]!;
  const budgetExhausted = !best && opts.mode === 'budgeted' && rankActions(state, { ...planOpts, mode: 'no-budget' }, p).length > 0;
  const reason = stopReason({ mode: opts.mode, topProbability: top, steps: progress.steps, best, budgetExhausted }, opts.rules);
  return { best: reason ? undefined : best, ranked, stopReason: reason ?? (best ? undefined : 'no-worthwhile-action') };
}

/**
 * Record the answer to an action: its revealed findings are observed, and those it did not answer
 * are marked skipped, so the action (and each of its findings) is never offered again.
 */
export function answerAction(state: BeliefState, action: CompiledAction, revealed: readonly Observation[]): BeliefState {
  return markSkipped(observe(state, revealed), action.findings);
}

/**
 * The findings of an action worth putting to the patient one by one, most informative first: those
 * still unknown (and whose parent, if any, is present), at most `max`, without the ones that could not
 * change the picture. One for most questions; a few for an examination that reveals many (the rest
 * are skipped when the action is answered).
 */
export function findingsToAsk(state: BeliefState, action: CompiledAction, p: Float64Array, max = 8): number[] {
  const { cm } = state;
  const open = action.findings.filter((fi) => state.status[fi] === FindingStatus.Unknown && followUpOpen(cm, state.status, fi));
  if (open.length <= 1) return open;
  const active = new Int32Array(p.length);
  const pa = new Float64Array(p.length);
  let nA = 0;
  let leader = 0;
  for (let c = 0; c < p.length; c++) {
    if (p[c]! > p[leader]!) leader = c;
    if (p[c]! >= 1e-5) {
      active[nA] = c;
      pa[nA++] = p[c]!;
    }
  }
  let rival = -1;
  for (let c = 0; c < p.length; c++) if (c !== leader && (rival < 0 || p[c]! > p[rival]!)) rival = c;
  const valued = open.map((fi) => {
    const v = findingValue(cm.findings[fi]!, active, pa, nA, leader, rival);
    return { fi, value: v.gain + 0.5 * v.js };
  });
  const useful = valued.filter((x) => x.value > 1e-6).sort((a, b) => b.value - a.value || a.fi - b.fi);
  // Keep the action's own order among those asked (vital signs read in their usual order).
  return (useful.length ? useful : valued).slice(0, max).map((x) => x.fi).sort((a, b) => action.findings.indexOf(a) - action.findings.indexOf(b));
}

/**
 * The loop as a stepper, for callers whose answers arrive one at a time (the interactive interview):
 * `next()` plans a turn, `answer()` records what the chosen action revealed (nothing = skipped).
 */
export class Workup {
  private state: BeliefState;
  private p: Float64Array;
  private spent: number;
  private readonly taken: string[] = [];
  private questions = 0;
  private tests = 0;
  private pending: ScoredAction | undefined;
  private stopped: StopReason | undefined;

  constructor(start: BeliefState, private readonly opts: WorkupOptions) {
    this.state = start;
    this.p = posterior(start);
    this.spent = opts.spentUsd ?? 0;
  }

  get belief(): BeliefState {
    return this.state;
  }

  get posterior(): Float64Array {
    return this.p;
  }

  /** The next action to take, or undefined once a stopping rule fires (see `stopReason`). */
  next(): { readonly action: CompiledAction; readonly scored: ScoredAction; readonly ranked: readonly ScoredAction[] } | undefined {
    if (this.stopped) return undefined;
    const plan = planStep(this.state, this.opts, { steps: this.taken.length, spentUsd: this.spent }, this.p);
    if (!plan.best) {
      this.stopped = plan.stopReason ?? 'no-worthwhile-action';
      return undefined;
    }
    this.pending = plan.best;
    return { action: this.state.cm.actions[plan.best.actionIndex]!, scored: plan.best, ranked: plan.ranked };
  }

  /** Record what the action offered by the last `next()` revealed; an empty list means skipped. */
  answer(revealed: readonly Observation[]): void {
    const best = this.pending;
    if (!best) throw new Error('answer() without a pending action from next()');
    this.pending = undefined;
    const { cm } = this.state;
    const action = cm.actions[best.actionIndex]!;
    this.state = answerAction(this.state, action, revealed);
    this.p = posterior(this.state);
    this.spent += actionCost(cm, action.index, this.opts);
    if (action.kind === 'question') this.questions++;
    else this.tests++;
    this.taken.push(action.id);
  }

  /** Stop early (the user quit): the result so far. */
  result(): WorkupResult {
    return {
      belief: this.state, posterior: this.p, steps: [], actionsTaken: this.taken, stepCount: this.taken.length,
      questions: this.questions, tests: this.tests, spentUsd: this.spent, stopReason: this.stopped ?? 'no-worthwhile-action',
    };
  }

  get stopReason(): StopReason | undefined {
    return this.stopped;
  }
}

export function runWorkup(start: BeliefState, oracle: Oracle, opts: WorkupOptions): WorkupResult {
  if (opts.trace === false && !opts.choose) return runWorkupFast(start, oracle, opts);
  const { cm } = start;
  const keepTrace = opts.trace ?? true;
  const traceTop = opts.traceTop ?? 5;
  let state = start;
  let p = posterior(state);
  const gen = opts.stopOn === 'generative' ? new Float64Array(cm.nConditions) : undefined;
  let spent = opts.spentUsd ?? 0;
  let questions = 0;
  let tests = 0;
  const steps: StepTrace[] = [];
  const taken: string[] = [];
  for (;;) {
    const plan = planStep(state, opts, { steps: taken.length, spentUsd: spent }, p, gen);
    const best = plan.best;
    if (!best) {
      return { belief: state, posterior: p, steps, actionsTaken: taken, stepCount: taken.length, questions, tests, spentUsd: spent, stopReason: plan.stopReason ?? 'no-worthwhile-action' };
    }
    const action = cm.actions[best.actionIndex]!;
    const revealed = oracle(action, state);
    const before = keepTrace ? topConditions(cm, p, traceTop) : [];
    // A finding the oracle could not answer is marked skipped, so the same action is never chosen twice.
    state = answerAction(state, action, revealed);
    p = posterior(state);
    const cost = actionCost(cm, action.index, opts);
    spent += cost;
    if (action.kind === 'question') questions++;
    else tests++;
    taken.push(action.id);
    if (keepTrace) {
      steps.push({
        step: taken.length,
        action: { id: action.id, kind: action.kind, name: action.name, costUsd: cost },
        expectedGain: best.expectedGain,
        challenger: best.challenger,
        score: best.score,
        runnersUp: plan.ranked.filter((r) => r !== best).slice(0, 3),
        revealed,
        before,
        after: topConditions(cm, p, traceTop),
      });
    }
  }
}

/**
 * The loop without a trace or a custom chooser (benchmarks): the same decisions, computed with less
 * work. The score arrays are copied once and updated in place (the states handed to the oracle are
 * views that later steps update, so an oracle must not keep them), the displayed posterior is computed
 * only when planning or stopping reads it and at the end, and planning and stopping share one
 * generative posterior when they use the same temperature.
 */
function runWorkupFast(start: BeliefState, oracle: Oracle, opts: WorkupOptions): WorkupResult {
  const { cm } = start;
  const nb = Float64Array.from(start.nb);
  const head = start.head ? Float64Array.from(start.head) : undefined;
  const status = Uint8Array.from(start.status);
  const observations: Observation[] = start.observations.slice();
  const state: BeliefState = { cm, age: start.age, sex: start.sex, band: start.band, nb, head, status, observations };
  const planGenerative = opts.planOn === 'generative';
  const planT = opts.planTemperature ?? 1;
  const stopGenerative = opts.stopOn === 'generative';
  const planBuf = planGenerative ? new Float64Array(cm.nConditions) : undefined;
  const confBuf = stopGenerative && !(planGenerative && planT === 1) ? new Float64Array(cm.nConditions) : undefined;
  let spent = opts.spentUsd ?? 0;
  let questions = 0;
  let tests = 0;
  const taken: string[] = [];
  for (;;) {
    let p: Float64Array | undefined;
    const planP = planBuf ? nbPosterior(state, planBuf, planT) : (p = posterior(state));
    const conf = stopGenerative ? (confBuf ? nbPosterior(state, confBuf) : planP) : (p ??= posterior(state));
    let top = 0;
    for (let c = 0; c < conf.length; c++) if (conf[c]! > top) top = conf[c]!;
    // Mode, confidence and the step limit come first in `stopReason`: when one fires, the plan is not needed.
    let reason = stopBeforePlanning(opts.mode, top, taken.length, opts.rules);
    const best = reason ? undefined : bestActionOn(state, opts, planP, spent);
    if (!reason) {
      const budgetExhausted = !best && opts.mode === 'budgeted' && anyCandidateOn(state, opts, planP);
      reason = stopReason({ mode: opts.mode, topProbability: top, steps: taken.length, best, budgetExhausted }, opts.rules);
    }
    if (reason || !best) {
      const belief: BeliefState = { ...state, observations: observations.length === start.observations.length ? start.observations : observations };
      return { belief, posterior: p ?? posterior(state), steps: [], actionsTaken: taken, stepCount: taken.length, questions, tests, spentUsd: spent, stopReason: reason ?? 'no-worthwhile-action' };
    }
    const action = cm.actions[best.actionIndex]!;
    observeInto(cm, nb, head, status, oracle(action, state), observations, state.age);
    // A finding the oracle could not answer is marked skipped, so the same action is never chosen twice.
    for (const fi of action.findings) if (status[fi] === FindingStatus.Unknown) status[fi] = FindingStatus.Skipped;
    spent += actionCost(cm, action.index, opts);
    if (action.kind === 'question') questions++;
    else tests++;
    taken.push(action.id);
  }
}
