/** The engine's public surface: the model format, inference, explanations and the next best action. */
export { FINDING_EXPOSURES, MODEL_FORMAT, MODEL_FORMAT_VERSION, SEXES, isValued } from './model.js';
export type {
  ActionDef, AgeBand, Calibration, CareLevel, CategoricalFinding, Coding, ConditionDef, FindingDef, FindingExposure, FindingKind,
  FindingValue, KnowledgeModel, LinearHead, MembershipHead, ModelManifest, MultiFinding, OrdinalFinding, QuestionAction, Severity, Sex,
  TestAction, TrainingFile, ValueType, BinaryFinding,
} from './model.js';
export { InputError, childPath, formatIssues, hasErrors, issue } from './issues.js';
export type { Issue, IssueSeverity, Result } from './issues.js';
export { validateModel } from './validate-model.js';
export { compileModel, ageBandIndex, sexIndex } from './compile.js';
export type { CompiledModel, CompiledFinding, CompiledAction } from './compile.js';
export { parseCase, parseObservation, MAX_AGE_YEARS } from './evidence.js';
export type { Observation, PatientCase } from './evidence.js';
export { initialBelief, observe, beliefFromCase, posterior, scores, entropy, rank, softmax, FindingStatus } from './posterior.js';
export type { BeliefState } from './posterior.js';
export { explain } from './explain.js';
export type { Contribution, Explanation } from './explain.js';
export { rankActions, actionCost, MODES } from './next-action.js';
export type { Mode, PlanOptions, ScoredAction } from './next-action.js';
export { stopReason } from './stopping.js';
export type { StopReason, StopRules } from './stopping.js';
export { runWorkup, topConditions } from './workup.js';
export type { Oracle, StepTrace, WorkupOptions, WorkupResult, RankedCondition } from './workup.js';
export { diagnose, diagnoseBelief } from './diagnose.js';
export type { DiagnosisResult, DiagnoseOptions, DifferentialEntry, PlausibilityReasons } from './diagnose.js';
export { DEFAULT_MEMBERSHIP_THRESHOLD, differentialList, membershipExplain, membershipLogits, plausibilities } from './membership.js';
export type { ListOptions, ListReason, MembershipExplanation } from './membership.js';
export { createRng, shuffle, hashSeed } from './random.js';
export type { Rng } from './random.js';
export { CODE_VERSION } from './version.js';
