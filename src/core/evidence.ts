/**
 * What is known about a patient: age, sex and observed findings. This is the engine's input and the
 * documented case format of `ddx diagnose`. `parseCase` validates untrusted input against a model and
 * reports every problem with its JSON path; inside the engine a `PatientCase` is trusted.
 */
import { childPath, issue, type Issue, type Result } from './issues.js';
import { SEXES, type FindingDef, type KnowledgeModel, type Sex } from './model.js';

/** A binary finding present or absent, a categorical/ordinal value, or the set of multi-choice values present. */
export type Observation =
  | { readonly id: string; readonly present: boolean }
  | { readonly id: string; readonly value: string }
  | { readonly id: string; readonly values: readonly string[] };

export interface PatientCase {
  readonly age: number;
  readonly sex: Sex;
  readonly findings: readonly Observation[];
  /** Date of the presentation (ISO YYYY-MM-DD), when known: period priors (`ConditionDef.periodPrior`) apply to it. */
  readonly date?: string;
}

export const MAX_AGE_YEARS = 130;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Validate one observation against its finding definition; returns the normalised observation or undefined. */
export function parseObservation(raw: unknown, path: string, byId: ReadonlyMap<string, FindingDef>, issues: Issue[]): Observation | undefined {
  if (!isRecord(raw)) {
    issues.push(issue('type', path, 'must be an object'));
    return undefined;
  }
  const id = raw['id'];
  if (typeof id !== 'string') {
    issues.push(issue(id === undefined ? 'required' : 'type', childPath(path, 'id'), 'must be a finding id string'));
    return undefined;
  }
  const def = byId.get(id);
  if (!def) {
    // An unknown id is not model vocabulary, so it is not echoed: it could be anything a caller typed.
    issues.push(issue('unknown-finding', childPath(path, 'id'), 'not a finding id of this model'));
    return undefined;
  }
  const given = ['present', 'value', 'values'].filter((k) => k in raw);
  if (given.length !== 1) {
    issues.push(issue('shape', path, 'must have exactly one of "present", "value" or "values"'));
    return undefined;
  }
  if (def.valueType === 'binary') {
    if (typeof raw['present'] !== 'boolean') {
      issues.push(issue('type', childPath(path, 'present'), `finding "${id}" is binary: give "present": true or false`));
      return undefined;
    }
    return { id, present: raw['present'] };
  }
  const known = new Set(def.values.map((v) => v.id));
  if (def.valueType === 'multi') {
    const values = raw['values'] ?? (raw['value'] !== undefined ? [raw['value']] : undefined);
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      issues.push(issue('type', childPath(path, 'values'), `finding "${id}" is multi-choice: give "values": [value ids]`));
      return undefined;
    }
    const ids = values.map(String);
    let ok = true;
    ids.forEach((v, i) => {
      if (!known.has(v)) {
        issues.push(issue('unknown-value', childPath(childPath(path, 'values'), i), `not a value of finding "${id}"`));
        ok = false;
      }
    });
    return ok ? { id, values: [...new Set(ids)].sort() } : undefined;
  }
  const value = raw['value'];
  if (typeof value !== 'string' && typeof value !== 'number') {
    issues.push(issue('type', childPath(path, 'value'), `finding "${id}" is ${def.valueType}: give "value": one value id`));
    return undefined;
  }
  if (!known.has(String(value))) {
    issues.push(issue('unknown-value', childPath(path, 'value'), `not a value of finding "${id}"`));
    return undefined;
  }
  return { id, value: String(value) };
}

/** Validate an untrusted case against a model. Every problem is reported, each with its JSON path. */
export function parseCase(input: unknown, model: Pick<KnowledgeModel, 'findings'>, path = '$'): Result<PatientCase> {
  const issues: Issue[] = [];
  if (!isRecord(input)) return { ok: false, issues: [issue('type', path, 'a case must be a JSON object')] };
  const age = input['age'];
  if (age === undefined) issues.push(issue('required', childPath(path, 'age'), 'age is required (years)'));
  else if (typeof age !== 'number' || !Number.isFinite(age)) issues.push(issue('type', childPath(path, 'age'), 'age must be a number of years'));
  else if (age < 0 || age > MAX_AGE_YEARS) issues.push(issue('range', childPath(path, 'age'), `age must be between 0 and ${MAX_AGE_YEARS} years`));
  const sex = input['sex'];
  if (sex === undefined) issues.push(issue('required', childPath(path, 'sex'), 'sex is required: "female" or "male"'));
  else if (typeof sex !== 'string' || !(SEXES as readonly string[]).includes(sex)) issues.push(issue('enum', childPath(path, 'sex'), 'sex must be "female" or "male"'));
  const rawFindings = input['findings'] ?? [];
  const findings: Observation[] = [];
  if (!Array.isArray(rawFindings)) {
    issues.push(issue('type', childPath(path, 'findings'), 'findings must be an array'));
  } else {
    const byId = new Map(model.findings.map((f) => [f.id, f] as const));
    const seen = new Map<string, number>();
    rawFindings.forEach((raw, i) => {
      const p = childPath(childPath(path, 'findings'), i);
      const obs = parseObservation(raw, p, byId, issues);
      if (!obs) return;
      const prev = seen.get(obs.id);
      if (prev !== undefined) {
        issues.push(issue('duplicate', childPath(p, 'id'), `finding "${obs.id}" already given at findings[${prev}]`));
        return;
      }
      seen.set(obs.id, i);
      findings.push(obs);
    });
  }
  const date = input['date'];
  if (date !== undefined && !(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date))) issues.push(issue('format', childPath(path, 'date'), 'date must be an ISO date YYYY-MM-DD'));
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues };
  return { ok: true, value: { age: age as number, sex: sex as Sex, findings, ...(typeof date === 'string' ? { date } : {}) }, issues };
}
