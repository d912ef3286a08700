/**
 * Builds a knowledge model from DDXPlus: structure (conditions, evidences, which condition lists which
 * evidence) from release_conditions.json and release_evidences.json, and probabilities from counts in
 * the training patients, smoothed. Pure: takes parsed inputs, returns a model without its hash.
 */
import type {
  AgeBand, ConditionDef, FindingDef, FindingKind, KnowledgeModel, QuestionAction, Severity, TrainingFile,
} from '../../core/model.js';
import { SEXES } from '../../core/model.js';
import { ageBandIndex } from '../../core/compile.js';
import { CODE_VERSION } from '../../core/version.js';
import { roundSig } from '../artifact.js';
import { findingLabel } from './labels.js';
import type { DdxplusPatient } from './records.js';

export interface RawEvidence {
  readonly name: string;
  readonly code_question: string;
  readonly question_en: string;
  readonly is_antecedent: boolean;
  readonly default_value: string | number;
  readonly value_meaning: Readonly<Record<string, { readonly en: string }>>;
  readonly 'possible-values': readonly (string | number)[];
  readonly data_type: 'B' | 'C' | 'M';
}

export interface RawCondition {
  readonly condition_name: string;
  readonly 'cond-name-eng': string;
  readonly 'icd10-id': string;
  readonly symptoms: Readonly<Record<string, unknown>>;
  readonly antecedents: Readonly<Record<string, unknown>>;
  readonly severity: number;
}

export const DDXPLUS_AGE_BANDS: readonly AgeBand[] = [
  { id: '0-1', minYears: 0, maxYears: 1 },
  { id: '1-5', minYears: 1, maxYears: 5 },
  { id: '5-15', minYears: 5, maxYears: 15 },
  { id: '15-30', minYears: 15, maxYears: 30 },
  { id: '30-45', minYears: 30, maxYears: 45 },
  { id: '45-60', minYears: 45, maxYears: 60 },
  { id: '60-75', minYears: 60, maxYears: 75 },
  { id: '75+', minYears: 75, maxYears: 131 },
];

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

export function buildDdxplusModel(input: BuildInput, opts: BuildOptions = DEFAULT_BUILD_OPTIONS): KnowledgeModel {
  const { alpha } = opts;
  const evNames = Object.keys(input.evidences).sort(byEvidenceNumber);
  const condNames = Object.keys(input.conditions).sort();
  const condIndex = new Map(condNames.map((n, i) => [n, i] as const));
  const nC = condNames.length;

  // Patients grouped by condition.
  const byCond: DdxplusPatient[][] = condNames.map(() => []);
  for (const p of input.patients) {
    const c = condIndex.get(p.pathology);
    if (c !== undefined) byCond[c]!.push(p);
  }
  const listedBy = new Map<string, Set<number>>();
  condNames.forEach((name, c) => {
    const def = input.conditions[name]!;
    for (const e of [...Object.keys(def.symptoms), ...Object.keys(def.antecedents)]) {
      const s = listedBy.get(e) ?? new Set<number>();
      s.add(c);
      listedBy.set(e, s);
    }
  });

  const findings: FindingDef[] = [];
  const likelihoods: Record<string, Record<string, number[]>> = {};
  for (const name of evNames) {
    const ev = input.evidences[name]!;
    const listed = listedBy.get(name) ?? new Set<number>();
    const kind: FindingKind = ev.is_antecedent ? 'history' : 'symptom';
    const label = findingLabel(name, ev.question_en);
    const common = {
      id: name,
      name: label.name,
      ...(label.synonyms.length > 0 ? { synonyms: label.synonyms } : {}),
      kind,
      question: ev.question_en,
      // A few DDXPlus evidences name a parent question that the release does not contain; they stand alone.
      ...(ev.code_question !== name && input.evidences[ev.code_question] ? { parent: ev.code_question } : {}),
    };
    const table: Record<string, number[]> = {};
    const unlisted = input.patients.filter((p) => !listed.has(condIndex.get(p.pathology) ?? -1));
    if (ev.data_type === 'B') {
      const present = (ps: readonly DdxplusPatient[]): number => ps.reduce((n, p) => n + (p.evidences.has(name) ? 1 : 0), 0);
      for (const c of [...listed].sort((a, b) => a - b)) {
        const ps = byCond[c]!;
        table[conditionId(condNames[c]!)] = [r((present(ps) + alpha) / (ps.length + 2 * alpha))];
      }
      const leak = r((present(unlisted) + alpha) / (unlisted.length + 2 * alpha));
      findings.push({ ...common, valueType: 'binary', leak });
    } else {
      const values = ev['possible-values'].map(String);
      const vIndex = new Map(values.map((v, i) => [v, i] as const));
      const defaultValue = String(ev.default_value);
      const multi = ev.data_type === 'M';
      const counts = (ps: readonly DdxplusPatient[]): number[] => {
        const k = new Array<number>(values.length).fill(0);
        for (const p of ps) {
          const got = p.evidences.get(name);
          if (multi) {
            if (got && got.length > 0) for (const v of got) k[vIndex.get(v) ?? -1]! += 1;
            else k[vIndex.get(defaultValue)!]! += 1;
          } else {
            const v = got?.[0] ?? defaultValue;
            const i = vIndex.get(v);
            if (i !== undefined) k[i]! += 1;
          }
        }
        return k;
      };
      const estimate = (ps: readonly DdxplusPatient[]): number[] => {
        const k = counts(ps);
        if (multi) return k.map((x) => r((x + alpha) / (ps.length + 2 * alpha)));
        const total = ps.length + alpha * values.length;
        const dist = k.map((x) => (x + alpha) / total);
        return normalise(dist);
      };
      for (const c of [...listed].sort((a, b) => a - b)) table[conditionId(condNames[c]!)] = estimate(byCond[c]!);
      const leak = estimate(unlisted);
      const valueDefs = ev['possible-values'].map((v) => ({ id: String(v), name: valueName(ev, v) }));
      if (multi) findings.push({ ...common, valueType: 'multi', values: valueDefs, defaultValue, leak });
      else if (isOrdinal(ev)) findings.push({ ...common, valueType: 'ordinal', values: valueDefs, defaultValue, leak });
      else findings.push({ ...common, valueType: 'categorical', values: valueDefs, defaultValue, leak });
    }
    if (Object.keys(table).length > 0) likelihoods[name] = table;
  }

  // Priors: P(c) from the representative rows, times P(age band, sex | c) from all rows of c.
  const nBands = DDXPLUS_AGE_BANDS.length;
  const priorCounts = new Array<number>(nC).fill(0);
  const priorSample = opts.priorRows > 0 ? input.patients.slice(0, opts.priorRows) : [];
  for (const p of priorSample) {
    const c = condIndex.get(p.pathology);
    if (c !== undefined) priorCounts[c]! += 1;
  }
  const conditions: ConditionDef[] = condNames.map((name, c) => {
    const def = input.conditions[name]!;
    const pc = opts.priorRows > 0 ? (priorCounts[c]! + 1) / (priorSample.length + nC) : 1 / nC;
    const demo = new Array<number>(nBands * 2).fill(0);
    for (const p of byCond[c]!) demo[ageBandIndex({ ageBands: DDXPLUS_AGE_BANDS }, p.age) * 2 + SEXES.indexOf(p.sex)]! += 1;
    const total = byCond[c]!.length + opts.demographicAlpha * nBands * 2;
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
      prior,
    };
  });

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
      training: input.training,
      parameters: { alpha: opts.alpha, priorRows: opts.priorRows, demographicAlpha: opts.demographicAlpha },
    },
  };
}

function normalise(p: number[]): number[] {
  const rounded = p.map((x) => r(x));
  const total = rounded.reduce((a, b) => a + b, 0);
  return rounded.map((x) => r(x / total));
}

function byEvidenceNumber(a: string, b: string): number {
  const na = Number(a.replace(/\D/g, ''));
  const nb = Number(b.replace(/\D/g, ''));
  return na - nb || a.localeCompare(b);
}
