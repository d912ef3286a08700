/** TypeBox schemas of the validation-study routes (request validation, responses, OpenAPI). */
import { Type, type Static } from 'typebox';
import { FhirBundle } from './routes/fhir.js';
import { ModelInfo, ModelRef, Observation } from './schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 200 });
const ConditionId = Type.String({ minLength: 1, maxLength: 200 });
const ReviewerId = Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._:@-]+$', description: 'The clinician identity, e.g. an NPI or staff id' });

export const StudyCaseIn = Type.Object({
  age: Type.Optional(Type.Number({ minimum: 0, maximum: 130 })),
  sex: Type.Optional(Type.Union([Type.Literal('female'), Type.Literal('male')])),
  findings: Type.Optional(Type.Array(Observation, { maxItems: 2000 })),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 20_000, description: 'A clinical note; findings are read from it' })),
  bundle: Type.Optional(FhirBundle),
  diagnosis: Type.Optional(Type.Array(ConditionId, { maxItems: 5, description: 'Reference diagnoses (condition ids of the model); any counts as correct' })),
}, { additionalProperties: false, description: 'One case: findings with age and sex, a note with age and sex, or a FHIR Bundle' });

export const StudyCreate = Type.Object({
  name: Name,
  model: ModelRef,
  case_set: Type.String({ minLength: 1, maxLength: 200, description: "The case set's name; the study's report counts for the release gate when it is the gate's case set" }),
  cases: Type.Array(StudyCaseIn, { minItems: 1, maxItems: 500 }),
}, { additionalProperties: false });
export type StudyCreate = Static<typeof StudyCreate>;

export const StudyParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f-]{36}$' }) });
export const StudyCaseParams = Type.Object({ id: Type.String({ pattern: '^[0-9a-f-]{36}$' }), n: Type.String({ pattern: '^(0|[1-9][0-9]{0,3})$' }) });
export const ReviewerQuery = Type.Object({ reviewer: ReviewerId }, { additionalProperties: false });

const Reviewer = Type.Object({ reviewer_id: Type.String(), reviewer_name: Type.String(), differentials: Type.Integer(), rated: Type.Integer(), last_at: Type.String() });
export const StudySummary = Type.Object({
  id: Type.String(), name: Type.String(), case_set: Type.String(), n_cases: Type.Integer(), created_at: Type.String(),
  model: ModelInfo, reviewers: Type.Array(Reviewer),
});
export const StudyList = Type.Object({ studies: Type.Array(Type.Omit(StudySummary, ['reviewers'])) });

const Named = Type.Object({ id: Type.String(), name: Type.String() });
const Suggestion = Type.Object({ condition_id: Type.String(), name: Type.String(), probability: Type.Number(), rank: Type.Integer(), cant_miss: Type.Boolean() });
export const RatingValue = Type.Union([Type.Literal('correct'), Type.Literal('plausible'), Type.Literal('wrong'), Type.Literal('dangerous-miss')]);
const RatingOut = Type.Object({ condition_id: Type.String(), rating: RatingValue, comment: Type.Optional(Type.String()) });
export const StudyCaseView = Type.Object({
  study_id: Type.String(), index: Type.Integer(), n_cases: Type.Integer(),
  age: Type.Number(), sex: Type.String(), note: Type.Optional(Type.String()),
  findings: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), value: Type.String() })),
  review: Type.Optional(Type.Object({ reviewer_id: Type.String(), differential: Type.Array(Named), submitted_at: Type.String(), ratings: Type.Optional(Type.Array(RatingOut)), rated_at: Type.Optional(Type.String()) })),
  model_suggestions: Type.Optional(Type.Array(Suggestion, { description: "The model's differential, shown only after the reviewer's own" })),
});

export const ReviewSubmit = Type.Object({
  reviewer_id: ReviewerId,
  reviewer_name: Name,
  differential: Type.Array(ConditionId, { minItems: 1, maxItems: 10, description: 'Condition ids of the model, most likely first' }),
}, { additionalProperties: false });

export const RatingsSubmit = Type.Object({
  reviewer_id: ReviewerId,
  ratings: Type.Array(Type.Object({ condition_id: ConditionId, rating: RatingValue, comment: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }), { minItems: 1, maxItems: 30 }),
}, { additionalProperties: false });

const Acc = Type.Object({ group: Type.String(), n: Type.Integer(), top1: Type.Union([Type.Number(), Type.Null()]), top3: Type.Union([Type.Number(), Type.Null()]) });
const NumOrNull = Type.Union([Type.Number(), Type.Null()]);
export const GateCheck = Type.Object({
  case_set: Type.String(), min_cases: Type.Integer(), min_top1: Type.Number(), max_ece: Type.Number(), min_cant_miss_recall: Type.Number(), min_signoffs: Type.Integer(),
  report: Type.Object({ case_set: Type.String(), n_cases: Type.Integer(), top1: Type.Number(), ece: Type.Number(), cant_miss_recall: Type.Number() }),
  met: Type.Boolean(),
  unmet: Type.Array(Type.Object({ code: Type.String(), path: Type.String(), message: Type.String() })),
});
export const StudyDashboard = Type.Object({
  study: StudySummary,
  metrics: Type.Object({
    n_cases: Type.Integer(), n_reviewers: Type.Integer(), n_reviews: Type.Integer(), n_rated: Type.Integer(), cases_with_reference: Type.Integer(),
    reviewer_model_kappa: NumOrNull, inter_reviewer_kappa: NumOrNull,
    top_k_concordance: Type.Array(Type.Object({ k: Type.Integer(), rate: NumOrNull })),
    accuracy: Type.Object({ n: Type.Integer(), top1: NumOrNull, top3: NumOrNull, top5: NumOrNull }),
    accuracy_by_sex: Type.Array(Acc), accuracy_by_age: Type.Array(Acc),
    calibration: Type.Object({ bins: Type.Array(Type.Object({ lo: Type.Number(), hi: Type.Number(), n: Type.Integer(), mean_p: Type.Number(), observed: Type.Number() })), ece: NumOrNull }),
    cant_miss_recall: NumOrNull,
    ratings: Type.Object({ correct: Type.Integer(), plausible: Type.Integer(), wrong: Type.Integer(), 'dangerous-miss': Type.Integer() }),
    cost_per_case_usd: Type.Object({ mean: Type.Number(), median: Type.Number() }),
    disagreements: Type.Array(Type.Object({ case_index: Type.Integer(), reasons: Type.Array(Type.String()) })),
  }),
  gate: GateCheck,
  model_status: Type.String(),
  signoffs: Type.Array(Type.Object({ reviewer_id: Type.String(), reviewer_name: Type.String(), key_id: Type.String(), signed_at: Type.String() })),
});

export const StudySignoffResult = Type.Object({
  model: ModelInfo,
  promoted: Type.Array(Type.String(), { description: 'Statuses the model moved to with this sign-off, in order' }),
  signoffs: Type.Array(Type.Object({ reviewer_id: Type.String(), reviewer_name: Type.String(), key_id: Type.String(), signed_at: Type.String() })),
  gate: GateCheck,
});
