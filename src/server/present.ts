/**
 * Turning the engine's `DiagnosisResult` into the API's snake_case response, and a request's plan
 * fields into `DiagnoseOptions`. Pure functions: the routes call these and nothing else formats.
 */
import type { DiagnoseOptions, DiagnosisResult, DifferentialEntry } from '../core/diagnose.js';
import type { Observation } from '../core/evidence.js';
import type { Contribution } from '../core/explain.js';
import type { Issue } from '../core/issues.js';
import type { Mode } from '../core/next-action.js';
import type { RegistryEntry } from './registry.js';
import type { DiagnoseResponse } from './schemas.js';

export const NOTICE = 'Decision support for clinicians: a ranked differential with probabilities and suggested next steps, not a diagnosis. Review against the full clinical picture.';

export interface PlanRequest {
  readonly mode?: Mode | undefined;
  readonly budget_usd?: number | undefined;
  readonly spent_usd?: number | undefined;
  readonly top_k?: number | undefined;
  readonly max_differential?: number | undefined;
}

/** A request's plan fields as engine `DiagnoseOptions` (no-budget and top 5 by default). */
export function planOptions(p: PlanRequest, steps: number, spentUsd = p.spent_usd): DiagnoseOptions {
  return {
    mode: p.mode ?? 'no-budget',
    ...(p.budget_usd !== undefined ? { budgetUsd: p.budget_usd } : {}),
    ...(spentUsd !== undefined ? { spentUsd } : {}),
    topK: p.top_k ?? 5,
    ...(p.max_differential !== undefined ? { maxDifferential: p.max_differential } : {}),
    steps,
  };
}

/**
 * Issues for a request that named no model: an unknown finding id is said to be unknown to the
 * default model, by name, with how to choose another (a case written with DDXPlus ids needs
 * "model": "ddxplus").
 */
export function forDefaultModel(issues: readonly Issue[], modelNamed: boolean, modelId: string): Issue[] {
  if (modelNamed) return [...issues];
  return issues.map((i) => (i.code === 'unknown-finding' ? { ...i, message: `not a finding id of the default model "${modelId}"; name the model these ids belong to in "model"` } : i));
}

/** An observation as plain JSON (the engine's arrays are readonly). */
export function apiObservation(o: Observation): { id: string; present?: boolean; value?: string; values?: string[] } {
  if ('present' in o) return { id: o.id, present: o.present };
  if ('values' in o) return { id: o.id, values: [...o.values] };
  return { id: o.id, value: o.value };
}

function reason(c: Contribution) {
  return { finding_id: c.findingId, name: c.name, observation: apiObservation(c.observation), llr: c.llr, ...(c.inferred ? { inferred: true as const } : {}) };
}

function entry(e: DifferentialEntry) {
  return {
    condition_id: e.conditionId,
    name: e.name,
    probability: e.probability,
    icd10: [...e.icd10],
    severity: e.severity,
    cant_miss: e.cantMiss,
    ...(e.careLevel ? { care_level: e.careLevel } : {}),
    reasons_for: e.for.map(reason),
    reasons_against: e.against.map(reason),
    ...(e.listedBecause ? { listed_because: [...e.listedBecause] } : {}),
    ...(e.plausibility !== undefined ? { plausibility: e.plausibility } : {}),
    ...(e.plausibilityReasons
      ? { plausibility_reasons: { logit: e.plausibilityReasons.logit, base: e.plausibilityReasons.base, threshold: e.plausibilityReasons.threshold, for: e.plausibilityReasons.for.map(reason), against: e.plausibilityReasons.against.map(reason) } }
      : {}),
    ...(e.nextSteps ? { next_steps: { confirm: [...e.nextSteps.confirm], management: e.nextSteps.management, first_step: e.nextSteps.firstStep, source: e.nextSteps.source } } : {}),
  };
}

/** How a response names the model that answered it (the API's `ModelInfo`). */
export function presentModelInfo(e: RegistryEntry): { id: string; version: string; content_hash: string; status: string } {
  return { id: e.modelId, version: e.version, content_hash: e.contentHash, status: e.status };
}

/** A diagnosis as the API's snake_case response, naming the model that answered. */
export function presentDiagnosis(r: DiagnosisResult, model: RegistryEntry): DiagnoseResponse {
  return {
    model: presentModelInfo(model),
    differential: r.differential.map(entry),
    cant_miss: r.cantMiss.map(entry),
    next_actions: r.nextActions.map((a) => ({ action_id: a.actionId, kind: a.kind, name: a.name, cost_usd: a.costUsd, expected_gain: a.expectedGain, score: a.score })),
    should_stop: r.shouldStop,
    ...(r.stopReason ? { stop_reason: r.stopReason } : {}),
    entropy: r.entropy,
    triage: {
      level: r.triage.level,
      reasons: [...r.triage.reasons],
      red_flags: r.triage.redFlags.map((f) => ({ id: f.id, description: f.description, level: f.level })),
      cant_miss: r.triage.cantMiss.map((c) => ({ condition_id: c.conditionId, name: c.name, probability: c.probability, rank: c.rank })),
    },
    notice: NOTICE,
  };
}
