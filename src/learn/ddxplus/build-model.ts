/**
 * Builds a knowledge model from DDXPlus: structure (conditions, evidences, which condition lists which
 * evidence) from release_conditions.json and release_evidences.json, and probabilities from counts in
 * the training patients, smoothed. Pure: takes parsed inputs, returns a model without its hash.
 */
import type {
  ConditionDef, FindingDef, FindingKind, KnowledgeModel, QuestionAction, Severity, TrainingFile,
} from '../../core/model.js';
import { SEXES } from '../../core/model.js';
import { CODE_VERSION } from '../../core/version.js';
import { roundSig } from '../artifact.js';
import { DDXPLUS_CARE } from './care-levels.js';
import { findingLabel } from './labels.js';
import type { DdxplusPatient, RawCondition, RawEvidence } from './records.js';
import type { NoisedGroup } from '../dp-counts.js';
import {
  DDXPLUS_AGE_BANDS, ddxplusSchema, dpCounts, exactCounts, type DdxplusCounts, type DdxplusDpOptions, type DdxplusSchema, type OwnerCounts,
} from './counts.js';

// The release files' shapes live beside the patient records so counts.ts need not import this module.
export type { RawCondition, RawEvidence } from './records.js';

export { DDXPLUS_AGE_BANDS };

export interface BuildOptions {
  /**
   * Additive smoothing for likelihood counts (default 0.05). Chosen by 5-fold patient-level
   * cross-validation on the representative train rows: top-1 is flat for 0.02-0.1 and falls at 0.5
   * (Jeffreys) and above: most pathologies have only ~20 representative rows, and heavier smoothing
   * gives evidences never seen with them too much probability.
   */
  readonly alpha: number;
  /**
   * How many leading rows of the training file form a representative sample of pathologies, used for
   * P(condition). The DDXPlus train file provided here starts with about 1,000 rows covering all 49
   * pathologies and continues with rows from 20 of them; counting all rows would skew the prior.
   * 0 means a uniform P(condition).
   */
  readonly priorRows: number;
  /** Smoothing for the age-band x sex distribution of each condition (default 1). */
  readonly demographicAlpha: number;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { alpha: 0.05, priorRows: 1000, demographicAlpha: 1 };

/** A condition's id from its DDXPlus name: accents removed, lower case, non-alphanumerics as hyphens. */
export function conditionId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isOrdinal(ev: RawEvidence): boolean {
  return ev.data_type === 'C' && ev['possible-values'].every((v) => typeof v === 'number');
}

function valueName(ev: RawEvidence, v: string | number): string {
  return typeof v === 'number' ? String(v) : (ev.value_meaning[v]?.en ?? v);
}

const r = (x: number): number => roundSig(x, 6);

export interface BuildInput {
  readonly evidences: Readonly<Record<string, RawEvidence>>;
  readonly conditions: Readonly<Record<string, RawCondition>>;
  readonly patients: readonly DdxplusPatient[];
  readonly training: readonly TrainingFile[];
}

/** A differentially private build: the options of the release and the name of the training file whose hash and size are withheld. */
export interface DdxplusDpBuild extends DdxplusDpOptions {
  readonly trainingFile: string;
}

export const DP_MECHANISM = 'discrete Laplace, exact sampler (Canonne, Kamath and Steinke 2020)';
export const DP_ACCOUNTING = 'basic sequential composition, pure epsilon-DP (delta = 0)';

/** Every evidence as a finding, with P(value | condition) for the conditions that list it and the leak, from smoothed counts. */
function buildFindings(schema: DdxplusSchema, counts: DdxplusCounts, evidences: BuildInput['evidences'], alpha: number): { findings: FindingDef[]; likelihoods: Record<string, Record<string, number[]>> } {
  const { condNames } = schema;
  const findings: FindingDef[] = [];
  const likelihoods: Record<string, Record<string, number[]>> = {};
  schema.evidences.forEach((es, i) => {
    const { name, ev } = es;
    const kind: FindingKind = ev.is_antecedent ? 'history' : 'symptom';
    const label = findingLabel(name, ev.question_en);
    const common = {
      id: name,
      name: label.name,
      ...(label.synonyms.length > 0 ? { synonyms: label.synonyms } : {}),
      kind,
      question: ev.question_en,
      // A few DDXPlus evidences name a parent question that the release does not contain; they stand alone.
      ...(ev.code_question !== name && evidences[ev.code_question] ? { parent: ev.code_question } : {}),
    };
    const table: Record<string, number[]> = {};
    const ec = counts.evidence[i]!;
    if (es.kind === 'B') {
      const p1 = (o: OwnerCounts): number => r((o.k[0]! + alpha) / (o.n + 2 * alpha));
      es.listed.forEach((c, o) => { table[conditionId(condNames[c]!)] = [p1(ec.listed[o]!)]; });
      findings.push({ ...common, valueType: 'binary', leak: p1(ec.leak) });
    } else {
      const multi = es.kind === 'M';
      const estimate = (o: OwnerCounts): number[] => {
        if (multi) return o.k.map((x) => r((x + alpha) / (o.n + 2 * alpha)));
        const total = o.n + alpha * es.values.length;
        return normalise(o.k.map((x) => (x + alpha) / total));
      };
      es.listed.forEach((c, o) => { table[conditionId(condNames[c]!)] = estimate(ec.listed[o]!); });
      const leak = estimate(ec.leak);
      const defaultValue = es.defaultValue;
      const valueDefs = ev['possible-values'].map((v) => ({ id: String(v), name: valueName(ev, v) }));
      if (multi) findings.push({ ...common, valueType: 'multi', values: valueDefs, defaultValue, leak });
      else if (isOrdinal(ev)) findings.push({ ...common, valueType: 'ordinal', values: valueDefs, defaultValue, leak });
      else findings.push({ ...common, valueType: 'categorical', values: valueDefs, defaultValue, leak });
    }
    if (Object.keys(table).length > 0) likelihoods[name] = table;
  });
  return { findings, likelihoods };
}

/** Every condition with its prior by age band and sex, ICD-10 codes, severity, can't-miss flag and care level. */
function buildConditions(condNames: readonly string[], raw: BuildInput['conditions'], counts: DdxplusCounts, opts: BuildOptions): ConditionDef[] {
  const nC = condNames.length;
  // Priors: P(c) from the representative rows, times P(age band, sex | c) from all rows of c.
  const nBands = DDXPLUS_AGE_BANDS.length;
  return condNames.map((name, c) => {
    const def = raw[name]!;
    const pc = opts.priorRows > 0 ? (counts.prior[c]! + 1) / (counts.priorTotal + nC) : 1 / nC;
    const demo = counts.demo[c]!;
    const total = demo.reduce((a, b) => a + b, 0) + opts.demographicAlpha * nBands * 2;
    const prior = DDXPLUS_AGE_BANDS.map((_, b) => SEXES.map((_, s) => r((pc * (demo[b * 2 + s]! + opts.demographicAlpha)) / total)));
    const severity = Math.min(5, Math.max(1, Math.round(def.severity))) as Severity;
    return {
      id: conditionId(name),
      name: def['cond-name-eng'],
      ...(def['cond-name-eng'] !== name ? { synonyms: [name] } : {}),
      icd10: def['icd10-id'].split(',').map((s) => s.trim().toUpperCase()).filter((s) => s.length > 0),
      severity,
      // DDXPlus severity 1-2 are the conditions where a missed diagnosis risks serious harm.
      cantMiss: severity <= 2,
      // The release has no care setting; ours is authored from guidelines (care-levels.ts).
      ...(DDXPLUS_CARE[name] ? { careLevel: DDXPLUS_CARE[name].careLevel } : {}),
      prior,
    };
  });
}

/** The DDXPlus model (without its content hash) from the parsed release, the training patients and the build options; a DP build counts through the discrete Laplace release. */
export function buildDdxplusModel(input: BuildInput, opts: BuildOptions = DEFAULT_BUILD_OPTIONS, dp?: DdxplusDpBuild): KnowledgeModel {
  const { alpha } = opts;
  const schema = ddxplusSchema(input.evidences, input.conditions);
  const { condNames } = schema;
  const release = dp ? dpCounts(schema, input.patients, opts.priorRows, dp) : undefined;
  const counts = release ? release.counts : exactCounts(schema, input.patients, opts.priorRows);

  const { findings, likelihoods } = buildFindings(schema, counts, input.evidences, alpha);
  const conditions = buildConditions(condNames, input.conditions, counts, opts);
  const evNames = schema.evidences.map((es) => es.name);

  const actions: QuestionAction[] = evNames.map((name) => ({ id: `ask:${name}`, kind: 'question', name: input.evidences[name]!.question_en, reveals: [name] }));

  return {
    format: 'ddx-model',
    formatVersion: 1,
    id: 'ddxplus',
    version: `${CODE_VERSION}+ddxplus`,
    name: 'DDXPlus respiratory and cardiac differential (49 conditions)',
    description:
      'Learned from the DDXPlus synthetic patients (Fansi Tchango et al., NeurIPS 2022, CC-BY 4.0): structure from the released condition and evidence files, likelihoods from smoothed counts in the training patients.',
    license: 'CC-BY-4.0 (data: DDXPlus)',
    attribution: ['DDXPlus: Fansi Tchango A, Goel R, Wen Z, Martel J, Ghosn J. DDXPlus: A New Dataset For Automatic Medical Diagnosis. NeurIPS 2022 Datasets and Benchmarks. CC-BY 4.0.'],
    ageBands: DDXPLUS_AGE_BANDS,
    conditions,
    findings,
    actions,
    likelihoods,
    cantMissThreshold: 0.02,
    manifest: {
      contentHash: '',
      createdBy: { tool: 'ddx learn ddxplus', codeVersion: CODE_VERSION },
      training: release && dp ? withheldTraining(input.training, dp.trainingFile, counts) : input.training,
      parameters: {
        alpha: opts.alpha, priorRows: opts.priorRows, demographicAlpha: opts.demographicAlpha,
        ...(release && dp ? dpParameters(dp, release.groups) : {}),
      },
    },
  };
}

function normalise(p: number[]): number[] {
  const rounded = p.map((x) => r(x));
  const total = rounded.reduce((a, b) => a + b, 0);
  return rounded.map((x) => r(x / total));
}

/**
 * A DP artifact must not carry the training file's hash or exact row count: with the hash, whoever knows
 * all records but one can test candidates for the last one. The row count shown is the noisy total.
 */
function withheldTraining(training: readonly TrainingFile[], name: string, counts: DdxplusCounts): TrainingFile[] {
  return training.map((t) => (t.name === name ? { name: t.name, sha256: '', rows: counts.nCond.reduce((a, b) => a + b, 0) } : t));
}

/** What the release did, for the manifest: ε, mechanism, sensitivities, accounting. Never a count, a seed or a hash. */
function dpParameters(dp: DdxplusDpBuild, groups: readonly NoisedGroup[]): Record<string, string | number> {
  const out: Record<string, string | number> = {
    dpEpsilon: dp.epsilon,
    dpMechanism: DP_MECHANISM,
    dpAccounting: DP_ACCOUNTING,
    dpUnit: 'one patient record (add or remove)',
    dpSensitivity: groups.reduce((s, g) => s + g.sensitivity, 0),
    dpMaxItemsPerRecord: dp.maxItemsPerRecord,
    dpShrinkage: dp.shrinkage,
    dpTrainingFile: `${dp.trainingFile}: hash and exact row count withheld; rows is the noisy total`,
  };
  for (const g of groups) {
    out[`dpEpsilon_${g.name}`] = g.epsilon;
    out[`dpSensitivity_${g.name}`] = g.sensitivity;
  }
  return out;
}
