/**
 * A study's cases: uploaded ones (findings, a note, or a FHIR Bundle; each with age, sex and an
 * optional reference diagnosis) checked against the study's model and normalised for storage, and
 * the model's output per stored case, computed the same way every time.
 */
import { diagnose } from '../core/diagnose.js';
import { parseCase, type PatientCase } from '../core/evidence.js';
import { issue, type Issue } from '../core/issues.js';
import type { CompiledModel } from '../core/compile.js';
import type { IntakeModules } from './intake.js';
import { apiObservation, planOptions } from './present.js';
import type { StudyCaseOutcome } from './study-metrics.js';
import type { StudyCreate } from './study-schemas.js';

export interface StoredCase {
  readonly age: number;
  readonly sex: 'female' | 'male';
  readonly findings: ReturnType<typeof apiObservation>[];
  readonly note?: string;
  readonly truth: string[];
  readonly source: 'findings' | 'note' | 'fhir';
}

type CaseIn = StudyCreate['cases'][number];

function oneCase(c: CaseIn, i: number, cm: CompiledModel, intake: IntakeModules | undefined): { value?: StoredCase; issues: Issue[] } {
  const at = `$.cases[${i}]`;
  const given = [c.findings !== undefined, c.note !== undefined, c.bundle !== undefined].filter(Boolean).length;
  if (given !== 1) return { issues: [issue('invalid', at, 'give exactly one of findings, note or bundle')] };
  const model = cm.model;
  const truth = [...new Set(c.diagnosis ?? [])];
  const issues: Issue[] = truth.filter((d) => !model.conditions.some((k) => k.id === d)).map((d) => issue('unknown-condition', `${at}.diagnosis[${truth.indexOf(d)}]`, 'no such condition in the study model'));
  let pc: PatientCase | undefined;
  let source: StoredCase['source'] = 'findings';
  if (c.bundle !== undefined) {
    source = 'fhir';
    if (!intake?.bundleToCase) return { issues: [issue('unsupported', `${at}.bundle`, 'FHIR input is not available in this build')] };
    const r = intake.bundleToCase(c.bundle, model);
    if (!r.ok) return { issues: [...issues, ...r.issues.map((x) => ({ ...x, path: x.path.replace(/^Bundle/, `${at}.bundle`) }))] };
    pc = r.value.case;
  } else {
    let findings: unknown = c.findings;
    if (c.note !== undefined) {
      source = 'note';
      if (!intake?.extract) return { issues: [issue('unsupported', `${at}.note`, 'note reading is not available in this build')] };
      const x = intake.extract(c.note, model);
      if (!x.ok) return { issues: [...issues, ...x.issues.map((y) => ({ ...y, path: y.path.replace(/^\$/, `${at}.note`) }))] };
      findings = x.value.findings;
    }
    const r = parseCase({ age: c.age, sex: c.sex, findings }, model);
    if (!r.ok) return { issues: [...issues, ...r.issues.map((y) => ({ ...y, path: y.path.replace(/^\$/, at) }))] };
    pc = r.value;
  }
  if (issues.length) return { issues };
  return { value: { age: pc.age, sex: pc.sex, findings: pc.findings.map(apiObservation), ...(c.note !== undefined ? { note: c.note } : {}), truth, source }, issues: [] };
}

/** Check and normalise every case; all issues at once, or the stored cases. */
export function normaliseCases(cases: readonly CaseIn[], cm: CompiledModel, intake: IntakeModules | undefined): { ok: true; value: StoredCase[] } | { ok: false; issues: Issue[] } {
  const out: StoredCase[] = [];
  const issues: Issue[] = [];
  cases.forEach((c, i) => {
    const r = oneCase(c, i, cm, intake);
    if (r.value) out.push(r.value);
    issues.push(...r.issues);
  });
  return issues.length ? { ok: false, issues } : { ok: true, value: out };
}

export interface ModelView {
  /** The differential (up to 10), most likely first. */
  readonly ranked: { id: string; name: string; p: number; cantMiss: boolean }[];
  readonly cantMiss: { id: string; name: string; p: number; rank: number }[];
}

/** What the model says for a stored case (deterministic: no plan state, step 0). */
export function modelView(cm: CompiledModel, c: StoredCase): ModelView {
  const pc = parseCase({ age: c.age, sex: c.sex, findings: c.findings }, cm.model);
  if (!pc.ok) return { ranked: [], cantMiss: [] };
  const r = diagnose(cm, pc.value, planOptions({ max_differential: 10, mode: 'instant' }, 0));
  return {
    ranked: r.differential.map((d) => ({ id: d.conditionId, name: d.name, p: d.probability, cantMiss: d.cantMiss })),
    cantMiss: r.triage.cantMiss.map((d) => ({ id: d.conditionId, name: d.name, p: d.probability, rank: d.rank })),
  };
}

/** The suggestions a reviewer rates: the top 5 and any must-not-miss alert below them. */
export function suggestions(v: ModelView): { condition_id: string; name: string; probability: number; rank: number; cant_miss: boolean }[] {
  const top = v.ranked.slice(0, 5).map((d, i) => ({ condition_id: d.id, name: d.name, probability: d.p, rank: i + 1, cant_miss: d.cantMiss }));
  const more = v.cantMiss.filter((c) => !top.some((t) => t.condition_id === c.id)).map((c) => ({ condition_id: c.id, name: c.name, probability: c.p, rank: c.rank, cant_miss: true }));
  return [...top, ...more];
}

/** The price of the tests whose results a case contains. */
export function caseCost(cm: CompiledModel, c: StoredCase): number {
  const have = new Set(c.findings.map((f) => f.id));
  let usd = 0;
  for (const a of cm.model.actions) if (a.kind !== 'question' && a.reveals.some((id) => have.has(id))) usd += a.priceUsd;
  return usd;
}

/** One study case's outcome for the metrics: demographics, the truth, the model's ranking and can't-miss list, and the price of its tests. */
export function outcome(cm: CompiledModel, c: StoredCase, v: ModelView): StudyCaseOutcome {
  return {
    age: c.age, sex: c.sex, truth: c.truth,
    ranked: v.ranked.map((r) => ({ id: r.id, p: r.p })),
    cantMiss: v.cantMiss.map((x) => x.id),
    cantMissIds: new Set(cm.model.conditions.filter((k) => k.cantMiss).map((k) => k.id)),
    costUsd: caseCost(cm, c),
  };
}
