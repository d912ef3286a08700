/**
 * TypeBox schemas for every route: they validate requests at the edge, serialise responses and are
 * the source of `/openapi.json` (and so of the typed client in `clients/`). The API speaks
 * snake_case JSON. Bounds on every string and array keep a hostile body from costing much.
 */
import { Type, type Static } from 'typebox';

const Id = Type.String({ minLength: 1, maxLength: 200 });
const Money = Type.Number({ minimum: 0, maximum: 1e9 });

export const ModelRef = Type.String({ minLength: 1, maxLength: 200, description: 'A content hash (sha256:...), a model id, or id@version; default: the default released model' });
export const Mode = Type.Union([Type.Literal('instant'), Type.Literal('questions-only'), Type.Literal('budgeted'), Type.Literal('no-budget')], { description: 'How the next best action is chosen' });

export const Observation = Type.Object({
  id: Id,
  present: Type.Optional(Type.Boolean()),
  value: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Number()])),
  values: Type.Optional(Type.Array(Type.Union([Type.String({ maxLength: 200 }), Type.Number()]), { maxItems: 200 })),
}, { additionalProperties: false, description: 'A finding: binary present true/false, one value, or the set of values present' });

const Findings = Type.Array(Observation, { maxItems: 2000 });

const PlanFields = {
  mode: Type.Optional(Mode),
  budget_usd: Type.Optional(Money),
  spent_usd: Type.Optional(Money),
  top_k: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  max_differential: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
};

export const DiagnoseRequest = Type.Object({
  model: Type.Optional(ModelRef),
  age: Type.Number({ minimum: 0, maximum: 130 }),
  sex: Type.Union([Type.Literal('female'), Type.Literal('male')]),
  findings: Type.Optional(Findings),
  steps: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  ...PlanFields,
}, { additionalProperties: false });
export type DiagnoseRequest = Static<typeof DiagnoseRequest>;

const Reason = Type.Object({ finding_id: Type.String(), name: Type.String(), observation: Observation, llr: Type.Number({ description: 'Contribution to the score, nats' }), inferred: Type.Optional(Type.Literal(true, { description: 'The condition\'s likelihood for this finding was inferred from related conditions (its ICD-10 category), not read from a source' })) });
const Entry = Type.Object({
  condition_id: Type.String(),
  name: Type.String(),
  probability: Type.Number(),
  icd10: Type.Array(Type.String()),
  severity: Type.Integer(),
  cant_miss: Type.Boolean(),
  care_level: Type.Optional(Type.String()),
  reasons_for: Type.Array(Reason),
  reasons_against: Type.Array(Reason),
  listed_because: Type.Optional(Type.Array(Type.Union([Type.Literal('leader'), Type.Literal('probability'), Type.Literal('plausibility')]), { description: 'Why the entry is on the differential list: the leader, posterior >= 0.01, or plausibility >= the model threshold' })),
  plausibility: Type.Optional(Type.Number({ description: 'sigmoid(membership logit): how plausible it is to keep the condition on the differential (models with a membership head); not a probability of the diagnosis' })),
  plausibility_reasons: Type.Optional(Type.Object({
    logit: Type.Number(),
    base: Type.Number({ description: 'Bias plus age-band and sex weights; base + sum of the reasons = logit' }),
    threshold: Type.Number({ description: 'Plausibility at or above this puts a condition on the list' }),
    for: Type.Array(Reason, { description: 'Findings that raise the logit (llr in log-odds)' }),
    against: Type.Array(Reason),
  })),
  next_steps: Type.Optional(Type.Object({ confirm: Type.Array(Type.String()), management: Type.String(), first_step: Type.String(), source: Type.String() })),
});
const Triage = Type.Object({
  level: Type.String({ description: 'emergency | urgent | routine | self-care' }),
  reasons: Type.Array(Type.String()),
  red_flags: Type.Array(Type.Object({ id: Type.String(), description: Type.String(), level: Type.String() })),
  cant_miss: Type.Array(Type.Object({ condition_id: Type.String(), name: Type.String(), probability: Type.Number(), rank: Type.Integer() })),
});
const NextAction = Type.Object({
  action_id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  cost_usd: Type.Number(),
  expected_gain: Type.Number({ description: 'Expected entropy reduction, nats' }),
  score: Type.Number(),
});
export const ModelInfo = Type.Object({ id: Type.String(), version: Type.String(), content_hash: Type.String(), status: Type.String() });
export const DiagnoseResponse = Type.Object({
  model: ModelInfo,
  differential: Type.Array(Entry),
  cant_miss: Type.Array(Entry),
  next_actions: Type.Array(NextAction),
  should_stop: Type.Boolean(),
  stop_reason: Type.Optional(Type.String()),
  entropy: Type.Number(),
  triage: Triage,
  notice: Type.String(),
});
export type DiagnoseResponse = Static<typeof DiagnoseResponse>;

export const SessionCreate = DiagnoseRequest;
export const SessionEvidence = Type.Object({
  findings: Findings,
  action_id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The action that produced these findings; a priced test adds its cost to the amount spent' })),
  expected_step: Type.Optional(Type.Integer({ minimum: 0, description: 'Reject with 409 unless the session is at this step (optimistic concurrency)' })),
}, { additionalProperties: false });
export type SessionEvidence = Static<typeof SessionEvidence>;

export const SessionParams = Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9-]{1,100}$' }) });

const TraceStep = Type.Object({
  seq: Type.Integer(),
  kind: Type.String(),
  at: Type.String(),
  findings: Type.Array(Observation),
  action_id: Type.Optional(Type.String()),
  spent_usd: Type.Number(),
  top: Type.Array(Type.Object({ condition_id: Type.String(), probability: Type.Number() })),
  next_action_id: Type.Optional(Type.String()),
  should_stop: Type.Boolean(),
});
export const SessionResponse = Type.Object({
  id: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
  steps: Type.Integer(),
  age: Type.Number(),
  sex: Type.String(),
  mode: Type.String(),
  budget_usd: Type.Optional(Type.Number()),
  spent_usd: Type.Number(),
  trace: Type.Array(TraceStep),
  result: DiagnoseResponse,
});

export const ModelSummary = Type.Object({
  content_hash: Type.String(), id: Type.String(), version: Type.String(), name: Type.String(), status: Type.String(), source: Type.String(), default: Type.Boolean(),
});
export const ModelList = Type.Object({ models: Type.Array(ModelSummary) });
export const HashParams = Type.Object({ hash: Type.String({ pattern: '^sha256:[0-9a-f]{64}$' }) });
export const ModelUpload = Type.Object({ format: Type.Literal('ddx-model') }, { additionalProperties: true, description: 'A ddx-model artifact with manifest.contentHash set' });
export const ValidationReport = Type.Object({
  case_set: Type.String({ minLength: 1, maxLength: 200 }),
  n_cases: Type.Integer({ minimum: 1 }),
  top1: Type.Number({ minimum: 0, maximum: 1 }),
  ece: Type.Number({ minimum: 0, maximum: 1 }),
  cant_miss_recall: Type.Number({ minimum: 0, maximum: 1 }),
}, { additionalProperties: false });
export const Signoff = Type.Object({
  reviewer_id: Type.String({ minLength: 1, maxLength: 200, description: 'The clinician identity, e.g. an NPI or staff id' }),
  reviewer_name: Type.String({ minLength: 1, maxLength: 200 }),
  attestation: Type.Literal('I have reviewed the validation report and approve release of this model version for clinical decision support'),
}, { additionalProperties: false });
export const Promote = Type.Object({ to: Type.Union([Type.Literal('validated'), Type.Literal('released')]) }, { additionalProperties: false });
export const ModelDetail = Type.Object({
  content_hash: Type.String(), id: Type.String(), version: Type.String(), name: Type.String(), status: Type.String(), source: Type.String(),
  validation_reports: Type.Array(Type.Object({ case_set: Type.String(), n_cases: Type.Integer(), top1: Type.Number(), ece: Type.Number(), cant_miss_recall: Type.Number(), submitted_by: Type.String(), created_at: Type.String() })),
  signoffs: Type.Array(Type.Object({ reviewer_id: Type.String(), reviewer_name: Type.String(), key_id: Type.String(), org_id: Type.String(), signed_at: Type.String() })),
  gates: Type.Object({ case_set: Type.String(), min_cases: Type.Integer(), min_top1: Type.Number(), max_ece: Type.Number(), min_cant_miss_recall: Type.Number(), min_signoffs: Type.Integer() }),
});

export const TextRequest = Type.Object({ text: Type.String({ maxLength: 200_000 }), model: Type.Optional(ModelRef) }, { additionalProperties: false });
export const AuditQuery = Type.Object({
  limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,2}$|^1000$', description: '1 to 1000 (default 100)' })),
  before: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,15}$', description: 'Only events with a smaller id (paging)' })),
}, { additionalProperties: false });
export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), issues: Type.Array(Type.Object({ code: Type.String(), path: Type.String(), message: Type.String() })) }),
  requestId: Type.String(),
});
export const Anything = Type.Object({}, { additionalProperties: true });
