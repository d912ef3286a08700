/**
 * The knowledge model format (`ddx-model`, format version 1): the typed, versioned, serialisable
 * description of what the engine knows. Every model (DDXPlus, rare diseases, primary care) is a
 * value of `KnowledgeModel`; `validate-model.ts` checks one and `compile.ts` turns it into typed
 * arrays for inference. The JSON Schema is in `docs/schema/model.schema.json`; the prose in
 * `docs/model-format.md`.
 */

export const MODEL_FORMAT = 'ddx-model' as const;
export const MODEL_FORMAT_VERSION = 1 as const;

export type Sex = 'female' | 'male';
export const SEXES: readonly Sex[] = ['female', 'male'];

export type Severity = 1 | 2 | 3 | 4 | 5;
export type CareLevel = 'emergency' | 'urgent' | 'routine' | 'self-care';
export type FindingKind = 'symptom' | 'sign' | 'history' | 'lab' | 'imaging' | 'genetic';

/**
 * How a history states an exposure (see docs/model-format.md, "Exposures"): `lifetime` counts when
 * former (smoking, alcohol misuse); `current` (a medicine) not once stopped, nor when only planned or to
 * be avoided; `course` (recent antibiotics) not when only planned; `recent-procedure` (recent surgery)
 * within 4 weeks; `stated` is read as an exposure (family, allergy and longer-term rules) without a time rule.
 */
export type FindingExposure = 'lifetime' | 'current' | 'course' | 'recent-procedure' | 'stated';
/** Every {@link FindingExposure}, for validation. */
export const FINDING_EXPOSURES: readonly FindingExposure[] = ['lifetime', 'current', 'course', 'recent-procedure', 'stated'];
export type ValueType = 'binary' | 'categorical' | 'multi' | 'ordinal';

/** A coded concept in an external terminology (ICD-10-CM, HPO, LOINC, OMIM, MONDO, CPT...). */
export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

/** Half-open age interval in years: `minYears <= age < maxYears`. */
export interface AgeBand {
  readonly id: string;
  readonly minYears: number;
  readonly maxYears: number;
}

export interface ConditionDef {
  readonly id: string;
  readonly name: string;
  readonly synonyms?: readonly string[];
  /** ICD-10(-CM) codes where known; empty when none could be established. */
  readonly icd10: readonly string[];
  /** Other codes (OMIM, MONDO, SNOMED...). */
  readonly codes?: readonly Coding[];
  /** 1 = most severe ... 5 = least, as in DDXPlus. */
  readonly severity: Severity;
  /** Dangerous if missed: shown whenever its probability is above the model's can't-miss threshold. */
  readonly cantMiss: boolean;
  readonly careLevel?: CareLevel;
  /** Broad category (organ system or disease group), used by the benchmark judge. */
  readonly category?: string;
  /** Parent concepts in the disease ontology (ids or codes), used by the benchmark judge. */
  readonly parents?: readonly string[];
  /**
   * Prior probability by age band and sex: `prior[band][sex]`, bands in `model.ageBands` order and
   * sexes in `SEXES` order. Values are relative weights; the engine normalises across conditions.
   */
  readonly prior: readonly (readonly number[])[];
  /**
   * Optional prevalence by period: the prior is multiplied by `factor` for a case whose date (the
   * episode date of a record) falls in [from, until). Dates are ISO (YYYY-MM-DD); an open end is
   * unbounded. A disease's prevalence depends on the period (a new or vanished epidemic); a case
   * without a date keeps the plain prior.
   */
  readonly periodPrior?: readonly PeriodPrior[];
  /**
   * Optional likelihoods by age (see `age-likelihood.ts`): for a case whose age is in [minYears, maxYears),
   * P(finding present | condition) is `p` instead of the condition's row (binary findings only).
   */
  readonly ageLikelihoods?: readonly AgeLikelihood[];
  /** Optional next steps for clinicians (confirmatory tests, management category, first step). */
  readonly nextSteps?: NextSteps;
}

/** A prior multiplier for cases dated within a period, with its public source. */
export interface PeriodPrior {
  readonly from?: string;
  readonly until?: string;
  readonly factor: number;
  readonly source: string;
}

/** A binary finding's frequency in one age range for a condition, with its public source. */
export interface AgeLikelihood {
  readonly finding: string;
  readonly minYears: number;
  readonly maxYears: number;
  readonly p: number;
  readonly source: string;
}

export type Management = 'self-care' | 'outpatient-treatment' | 'specialist-referral' | 'emergency-department' | 'admission';
export const MANAGEMENTS: readonly Management[] = ['self-care', 'outpatient-treatment', 'specialist-referral', 'emergency-department', 'admission'];

/** Decision support for clinicians: what would confirm a condition and what is usually done first. */
export interface NextSteps {
  /** Action ids (tests) that would confirm or refute the condition. */
  readonly confirm: readonly string[];
  readonly management: Management;
  /** One line, worded as a suggestion to a clinician ("Consider ..."). */
  readonly firstStep: string;
  /** Guideline or other source of the first step. */
  readonly source: string;
  /** False when the entry is derived by rule rather than authored from a guideline. */
  readonly authored: boolean;
}

/**
 * A red-flag rule: a combination of observed-present findings that raises triage urgency.
 * Fires when every finding in `all` is present, and at least one of `any` (when given), and at
 * least one of `with` (when given).
 */
export interface RedFlagRule {
  readonly id: string;
  readonly description: string;
  readonly all: readonly string[];
  readonly any?: readonly string[];
  readonly with?: readonly string[];
  readonly level: 'emergency' | 'urgent';
  readonly source: string;
}

export interface FindingValue {
  readonly id: string;
  readonly name: string;
}

interface FindingCommon {
  readonly id: string;
  /** Short clinical name, e.g. "fever". */
  readonly name: string;
  /** Synonyms and lay terms, used by the notes pipeline for recognition. */
  readonly synonyms?: readonly string[];
  readonly kind: FindingKind;
  /** Question text put to a patient or clinician, when the finding is elicited by asking. */
  readonly question?: string;
  /**
   * Parent finding: this finding only applies when the parent is present (e.g. "pain location"
   * under "pain"). When the parent is observed absent this finding is not applicable.
   */
  readonly parent?: string;
  /** An exposure a history states, and how time qualifies it (notes reader); absent: history findings are lifetime exposures. */
  readonly exposure?: FindingExposure;
  /** Codes for this finding (HPO term, LOINC code with interpretation, SNOMED...). */
  readonly codes?: readonly Coding[];
}

/** Present or absent. Likelihood entries are `[P(present | condition)]`; `leak` likewise. */
export interface BinaryFinding extends FindingCommon {
  readonly valueType: 'binary';
  readonly leak: number;
}

/**
 * Exactly one of `values`. Likelihood entries are distributions over `values` (summing to 1), as is
 * `leak`. `defaultValue` is what an unremarkable patient has (e.g. "nowhere" for pain location).
 */
export interface CategoricalFinding extends FindingCommon {
  readonly valueType: 'categorical';
  readonly values: readonly FindingValue[];
  readonly defaultValue: string;
  readonly leak: readonly number[];
}

/** Like categorical, but the values are ordered (e.g. pain intensity 0..10). */
export interface OrdinalFinding extends FindingCommon {
  readonly valueType: 'ordinal';
  readonly values: readonly FindingValue[];
  readonly defaultValue: string;
  readonly leak: readonly number[];
}

/**
 * Any subset of `values`. Each value is an independent Bernoulli given the condition: likelihood
 * entries and `leak` are per-value inclusion probabilities. `defaultValue`, when set, names the
 * value meaning "none of these" and is never itself scored.
 */
export interface MultiFinding extends FindingCommon {
  readonly valueType: 'multi';
  readonly values: readonly FindingValue[];
  readonly defaultValue?: string;
  readonly leak: readonly number[];
}

export type FindingDef = BinaryFinding | CategoricalFinding | OrdinalFinding | MultiFinding;

export interface QuestionAction {
  readonly id: string;
  readonly kind: 'question';
  readonly name: string;
  /** Finding ids this question answers. */
  readonly reveals: readonly string[];
}

export interface TestAction {
  readonly id: string;
  readonly kind: 'test' | 'panel' | 'imaging' | 'procedure';
  /** Written in our own words (never the AMA CPT descriptor). */
  readonly name: string;
  readonly code: { readonly system: 'CPT' | 'HCPCS'; readonly code: string };
  readonly priceUsd: number;
  /** Where the price comes from, e.g. "CMS CLFS 2025Q2". */
  readonly priceSource?: string;
  readonly reveals: readonly string[];
}

export type ActionDef = QuestionAction | TestAction;

/**
 * A learned correction on top of the naive-Bayes score, for models trained on differential labels.
 * score'(c) = nbWeight * nbScore(c) + bias[c] + sum over active features a of weights[a][c].
 * Features are (finding, value, polarity) atoms, plus age band and sex. Being linear, every
 * finding's contribution stays exact and additive.
 */
export interface LinearHead {
  readonly kind: 'linear';
  readonly nbWeight: number;
  /** Per condition, in `conditions` order. */
  readonly bias: readonly number[];
  /**
   * Feature keys: `<finding>=1` / `<finding>=0` for a binary finding present / absent, `<finding>=<value>`
   * for a categorical or ordinal value and for each multi-choice value present, `<finding>=none` for a
   * multi-choice finding with no value, `age=<band id>` and `sex=<sex>`.
   */
  readonly features: readonly string[];
  /** weights[feature][condition], sparse rows allowed as `{ index: weight }` maps. */
  readonly weights: readonly Readonly<Record<string, number>>[];
}

/**
 * A learned plausibility model for the differential *list*: per condition c, a logistic model
 *   logit(c) = bias[c] + sum over active features a of weights[a][c],   plausibility(c) = sigmoid(logit(c)),
 * of "a clinician would keep c on the differential", trained on differential labels. It never changes
 * the calibrated posterior: it only decides which conditions are listed (plausibility >= threshold)
 * beside the probable ones, and being linear its per-finding contributions are exact. Feature keys as
 * in `LinearHead`.
 */
export interface MembershipHead {
  readonly kind: 'logistic';
  /** Per condition, in `conditions` order. */
  readonly bias: readonly number[];
  /** Feature keys, the same grammar as `LinearHead.features`. */
  readonly features: readonly string[];
  /** weights[feature][condition], sparse rows `{ index: weight }`. */
  readonly weights: readonly Readonly<Record<string, number>>[];
  /** A condition with plausibility at or above this is on the list (default 0.5). */
  readonly threshold?: number;
}

export interface Calibration {
  /** Posterior = softmax(score / temperature). Fitted on data the model was not trained on. */
  readonly temperature: number;
  readonly fittedOn: string;
}

export interface TrainingFile {
  readonly name: string;
  readonly sha256: string;
  readonly rows: number;
}

export interface ModelManifest {
  /** `sha256:<hex>` of the canonical JSON of the model with `manifest.contentHash` set to "". */
  readonly contentHash: string;
  readonly createdBy: { readonly tool: string; readonly codeVersion: string };
  readonly training: readonly TrainingFile[];
  readonly parameters?: Readonly<Record<string, string | number | boolean>>;
  readonly notes?: string;
}

/**
 * An is-a hierarchy over binary findings (such as HPO terms). With it, `likelihoods` is a compact
 * form: each condition lists the findings it is annotated with, and compiling carries them to
 * ancestors (noisy-OR) and to descendants (credit by likelihood ratio); see `hierarchy.ts`.
 */
export interface FindingHierarchy {
  /** Finding id -> parent finding ids (is-a). */
  readonly parents: Readonly<Record<string, readonly string[]>>;
  /** Share of a finding's likelihood ratio credited to its descendants (0..1). */
  readonly descendantCredit: number;
  /** How many descendants of one finding are credited at most (nearest first). */
  readonly maxDescendants: number;
  /**
   * Power applied to the likelihood ratio of a finding observed ABSENT (explicitly excluded), against
   * its background: P(absent | c) = (1 - leak) x ((1 - P) / (1 - leak))^absentPower (default 1: plain
   * 1 - P). Below 1 an excluded finding the condition usually shows costs less; the compiled row is
   * still a table of probabilities, so each finding's contribution stays exact. Only findings in the
   * hierarchy (with a parent or a child) are tempered; stand-alone binary findings (a gene test) are not.
   */
  readonly absentPower?: number;
}

/**
 * Optional second ranker over the model's leading conditions (`exemplar-rank.ts`; docs/log/benchmark-history.md,
 * "Seen diseases, eleventh session"): the model's score plus `weight` x the best ontology similarity (Resnik best-match
 * average) of the patient to the condition's profile or to any one of its training cases taken alone.
 * The posterior and its explanation stay the model's; only the order of the top `top` changes.
 * Carries per-case term sets, so only a model learned from public cases may ship it (docs/privacy.md).
 */
export interface ExemplarRerank {
  readonly version: 1;
  /** Off: the field is carried (and can be switched on by a caller) but rankings are the model's own. */
  readonly enabled: boolean;
  /** Fused score = score + weight x similarity (both in nats). */
  readonly weight: number;
  /** How many of the model's leading conditions are re-ranked. */
  readonly top: number;
  /**
   * Share of the patient-to-profile half in the similarity (2 x (share x forward + (1 - share) x back));
   * absent: 0.5, the symmetric best-match average.
   */
  readonly forwardShare?: number;
  /** Where the case term sets come from (must be public data). */
  readonly source: string;
  /** Condition id -> its training cases' most specific present terms, each set sorted, identical sets once. */
  readonly cases: Readonly<Record<string, readonly (readonly string[])[]>>;
}

export interface KnowledgeModel {
  readonly format: typeof MODEL_FORMAT;
  readonly formatVersion: typeof MODEL_FORMAT_VERSION;
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly description: string;
  readonly license?: string;
  readonly attribution?: readonly string[];
  readonly ageBands: readonly AgeBand[];
  readonly conditions: readonly ConditionDef[];
  readonly findings: readonly FindingDef[];
  readonly actions: readonly ActionDef[];
  /** likelihoods[findingId][conditionId] = probabilities, shaped as the finding's value type says. */
  readonly likelihoods: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>>;
  /**
   * Optional: likelihood entries inferred by a build rule rather than read from a source, as
   * inferredLikelihoods[findingId] = the condition ids (sorted) whose entry was inferred from related conditions
   * (primary care: the ICD-10 category sibling fill). Inference reads them like any entry; explanations mark
   * their contributions `inferred` so a clinician is not shown them as the condition's cited features.
   */
  readonly inferredLikelihoods?: Readonly<Record<string, readonly string[]>>;
  /** Optional is-a hierarchy that expands `likelihoods` at compile time (see `FindingHierarchy`). */
  readonly hierarchy?: FindingHierarchy;
  /** Probability above which a can't-miss condition is always listed. */
  readonly cantMissThreshold?: number;
  readonly calibration?: Calibration;
  readonly head?: LinearHead;
  /** Optional plausibility model that shapes the differential list (see `MembershipHead`). */
  readonly membership?: MembershipHead;
  /** Optional red-flag rules used by triage (see `triage.ts`). */
  readonly redFlags?: readonly RedFlagRule[];
  /** Optional exemplar re-rank of the leading conditions (see `ExemplarRerank`); absent: the model's ranking. */
  readonly exemplars?: ExemplarRerank;
  readonly manifest: ModelManifest;
}

/** Whether a finding takes values (categorical, ordinal, multi) rather than present/absent. */
export function isValued(f: FindingDef): f is CategoricalFinding | OrdinalFinding | MultiFinding {
  return f.valueType !== 'binary';
}
