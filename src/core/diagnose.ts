/**
 * One-shot diagnosis: from a patient case to the result a clinician sees — the differential with
 * calibrated probabilities and the findings for and against each entry, any can't-miss condition
 * above its threshold, the next best actions with cost and expected gain, and whether to stop.
 * The list is the leader, every condition with posterior >= 0.01 and, when the model has a
 * membership head, every condition plausible enough to keep on the differential (`membership.ts`),
 * each with the exact reasons for its probability and for its plausibility.
 */
import type { CompiledModel } from './compile.js';
import type { PatientCase } from './evidence.js';
import { exemplarsOf, explainFusion, fuseRanking, fusionEnabled, type FusionExplanation } from './exemplar-rank.js';
import { explain, type Contribution } from './explain.js';
import { DEFAULT_MAX_DIFFERENTIAL, differentialList, membershipExplain, membershipOf, plausibilities, type ListReason } from './membership.js';
import type { CareLevel, NextSteps, Severity } from './model.js';
import { triage, type TriageResult } from './triage.js';
import type { PlanOptions, ScoredAction } from './next-action.js';
import { beliefFromCase, entropy, posterior, rank, type BeliefState } from './posterior.js';
import type { StopReason, StopRules } from './stopping.js';
import { planStep } from './workup.js';

export interface DifferentialEntry {
  readonly conditionId: string;
  readonly name: string;
  readonly probability: number;
  readonly icd10: readonly string[];
  readonly severity: Severity;
  readonly cantMiss: boolean;
  readonly careLevel?: CareLevel;
  /** The model's score (before temperature) and its base (prior) term; base + sum of contributions = score. */
  readonly score: number;
  readonly base: number;
  readonly for: readonly Contribution[];
  readonly against: readonly Contribution[];
  /** Confirmatory tests, management category and a cited first step, when the model has them. */
  readonly nextSteps?: NextSteps;
  /** sigmoid(membership logit): how plausible it is to keep this condition on the list (models with a membership head). */
  readonly plausibility?: number;
  /** Why the entry is on the differential list (leader, posterior >= threshold, plausibility >= threshold). */
  readonly listedBecause?: readonly ListReason[];
  /** The membership head's exact reasons: base + sum of `for` and `against` = logit, plausibility = sigmoid(logit). */
  readonly plausibilityReasons?: PlausibilityReasons;
  /**
   * Models with the exemplar re-rank switched on (`exemplar-rank.ts`), for entries among its top K: why the entry
   * stands where it does (similarity, fused score, the model's own rank, and what each patient term matched).
   * The probability and the for/against reasons above stay the model's.
   */
  readonly rerank?: FusionExplanation;
}

export interface PlausibilityReasons {
  readonly logit: number;
  /** Bias plus the age-band and sex weights. */
  readonly base: number;
  /** The list threshold on plausibility. */
  readonly threshold: number;
  /** Findings that raise the logit (contributions in log-odds). */
  readonly for: readonly Contribution[];
  readonly against: readonly Contribution[];
}

export interface DiagnosisResult {
  readonly model: { readonly id: string; readonly version: string; readonly contentHash: string };
  readonly differential: readonly DifferentialEntry[];
  /** Can't-miss conditions above the model's threshold that are not already in the differential. */
  readonly cantMiss: readonly DifferentialEntry[];
  readonly nextActions: readonly ScoredAction[];
  readonly shouldStop: boolean;
  readonly stopReason?: StopReason;
  /** Posterior entropy in nats: how open the picture still is. */
  readonly entropy: number;
  /** Care level to show (always present), the red flags that fired and can't-miss alerts. */
  readonly triage: TriageResult;
}

export interface DiagnoseOptions extends PlanOptions {
  readonly rules?: StopRules;
  /** Steps already taken in this work-up (for the step limit). */
  readonly steps?: number;
  /** Conditions at or above this probability are in the differential (default 0.01). */
  readonly differentialThreshold?: number;
  /** At most this many entries (default 20, `DEFAULT_MAX_DIFFERENTIAL`). */
  readonly maxDifferential?: number;
  /** Conditions at or above this plausibility are listed too (default: the membership head's threshold). */
  readonly plausibilityThreshold?: number;
}

export function differentialEntry(state: BeliefState, p: Float64Array, c: number, listedBecause?: readonly ListReason[], rerank?: FusionExplanation): DifferentialEntry {
  const def = state.cm.model.conditions[c]!;
  const ex = explain(state, c);
  const mx = membershipExplain(state, c);
  return {
    conditionId: def.id,
    name: def.name,
    probability: p[c]!,
    icd10: def.icd10,
    severity: def.severity,
    cantMiss: def.cantMiss,
    ...(def.careLevel ? { careLevel: def.careLevel } : {}),
    ...(def.nextSteps ? { nextSteps: def.nextSteps } : {}),
    score: ex.score,
    base: ex.base,
    for: ex.for,
    against: ex.against,
    ...(mx ? { plausibility: mx.plausibility, plausibilityReasons: { logit: mx.logit, base: mx.base, threshold: mx.threshold, for: mx.for, against: mx.against } } : {}),
    ...(listedBecause ? { listedBecause } : {}),
    ...(rerank ? { rerank } : {}),
  };
}

/**
 * The list in the exemplar re-rank's order: the fused leader joins it, entries among the re-ranked head come
 * first in fused order, the rest keep theirs. Returns the list and each head entry's explanation.
 */
function fusedList(state: BeliefState, p: Float64Array, chosen: readonly number[]): { list: number[]; leader: number | undefined; why: Map<number, FusionExplanation> } {
  const { cm } = state;
  const ex = fusionEnabled(cm) ? exemplarsOf(cm) : undefined;
  if (!ex) return { list: [...chosen], leader: undefined, why: new Map() };
  const r = fuseRanking(ex, state, p);
  const at = new Map(r.order.map((c, i) => [c, i]));
  const leader = r.order[0];
  const list = leader === undefined || chosen.includes(leader) ? [...chosen] : [leader, ...chosen];
  const pos = (c: number): number => at.get(c) ?? r.order.length;
  // Array.prototype.sort is stable: entries outside the head keep their order among themselves.
  list.sort((a, b) => pos(a) - pos(b));
  const name = (id: string): string => cm.findings[cm.findingIndex.get(id) ?? -1]?.def.name ?? id;
  const why = new Map<number, FusionExplanation>();
  for (const c of list) if (at.has(c)) why.set(c, explainFusion(ex, r, at.get(c)!, name));
  return { list, leader, why };
}

export function diagnoseBelief(state: BeliefState, opts: DiagnoseOptions): DiagnosisResult {
  const { cm } = state;
  const p = posterior(state);
  const order = rank(p);
  const threshold = opts.differentialThreshold ?? 0.01;
  const max = opts.maxDifferential ?? DEFAULT_MAX_DIFFERENTIAL;
  const plaus = plausibilities(state);
  const plausThreshold = opts.plausibilityThreshold ?? membershipOf(cm)?.threshold ?? 0.5;
  const fused = fusedList(state, p, differentialList(p, plaus, { probabilityThreshold: threshold, plausibilityThreshold: plausThreshold, max }));
  const chosen = fused.list.slice(0, max);
  const because = (c: number): ListReason[] => {
    const r: ListReason[] = [];
    if (c === (fused.leader ?? order[0])) r.push('leader');
    if (p[c]! >= threshold) r.push('probability');
    if (plaus && plaus[c]! >= plausThreshold) r.push('plausibility');
    return r;
  };
  const inList = new Set(chosen);
  const cantMiss = order.filter((c) => !inList.has(c) && cm.model.conditions[c]!.cantMiss && p[c]! >= cm.cantMissThreshold);
  // The same planning and stopping step as every stepwise surface (`planStep` in workup.ts).
  const { ranked, stopReason: reason } = planStep(state, opts, { steps: opts.steps ?? 0, spentUsd: opts.spentUsd ?? 0 }, p);
  return {
    model: { id: cm.model.id, version: cm.model.version, contentHash: cm.model.manifest.contentHash },
    differential: chosen.map((c) => differentialEntry(state, p, c, because(c), fused.why.get(c))),
    cantMiss: cantMiss.map((c) => differentialEntry(state, p, c)),
    nextActions: ranked.slice(0, opts.topK ?? 5),
    shouldStop: reason !== undefined,
    ...(reason ? { stopReason: reason } : {}),
    entropy: entropy(p),
    triage: triage(state),
  };
}

export function diagnose(cm: CompiledModel, pc: PatientCase, opts: DiagnoseOptions): DiagnosisResult {
  return diagnoseBelief(beliefFromCase(cm, pc), opts);
}
