/**
 * The open benchmark case format (`ddx-case`, version 1): what a stepwise-diagnosis case holds and
 * how untrusted case lines are checked. JSON Schema: docs/schema/case.schema.json; prose:
 * docs/benchmark.md. Finding ids use the terminology of the model under test (HPO ids such as
 * "HP:0001250", "gene:ABCA4" for a causal gene, or a model's own finding ids).
 */
import { childPath, issue, type Issue, type Result } from '../core/issues.js';
import type { JudgedDisease } from './judge.js';

export interface FindingRef {
  readonly id: string;
  readonly label?: string;
}

export interface ValueRef {
  readonly id: string;
  /** A value id (categorical/ordinal) or several (multi-choice). */
  readonly value: string | readonly string[];
}

/** The ground-truth diagnosis of a case: what the judge compares against, with a required id. */
export type CaseDiagnosis = JudgedDisease & { readonly id: string };

export interface BenchCase {
  readonly id: string;
  readonly demographics: { readonly sex?: 'female' | 'male' | 'unknown'; readonly ageYears?: number };
  /** Shown to the agent at the start. */
  readonly presenting: readonly FindingRef[];
  /** The hidden full record: only the gatekeeper reads it. */
  readonly record: {
    readonly present: readonly FindingRef[];
    /** Explicitly excluded (looked for and not found). */
    readonly absent: readonly FindingRef[];
    readonly values: readonly ValueRef[];
  };
  readonly diagnosis: CaseDiagnosis;
  readonly source: { readonly dataset: string; readonly reference?: string; readonly license?: string };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function str(o: Record<string, unknown>, key: string, path: string, issues: Issue[], required = true): string | undefined {
  const v = o[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string' || v === '') {
    issues.push(issue(v === undefined ? 'required' : 'type', childPath(path, key), `${key} must be a non-empty string`));
    return undefined;
  }
  return v;
}

function strList(o: Record<string, unknown>, key: string, path: string, issues: Issue[]): string[] | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    issues.push(issue('type', childPath(path, key), `${key} must be an array of strings`));
    return undefined;
  }
  return v as string[];
}

function refs(o: Record<string, unknown>, key: string, path: string, issues: Issue[]): FindingRef[] {
  const v = o[key] ?? [];
  if (!Array.isArray(v)) {
    issues.push(issue('type', childPath(path, key), `${key} must be an array`));
    return [];
  }
  const out: FindingRef[] = [];
  v.forEach((r, i) => {
    const p = childPath(childPath(path, key), i);
    if (typeof r === 'string' && r !== '') out.push({ id: r });
    else if (isRecord(r) && typeof r['id'] === 'string' && r['id'] !== '') out.push({ id: r['id'], ...(typeof r['label'] === 'string' ? { label: r['label'] } : {}) });
    else issues.push(issue('type', p, 'a finding must be an id string or {"id", "label"}'));
  });
  return out;
}

/** Check one parsed case object; every problem is reported with its JSON path. */
export function parseBenchCase(input: unknown, path = '$'): Result<BenchCase> {
  const issues: Issue[] = [];
  if (!isRecord(input)) return { ok: false, issues: [issue('type', path, 'a case must be a JSON object')] };
  const id = str(input, 'id', path, issues);
  const demo = input['demographics'] ?? {};
  let demographics: BenchCase['demographics'] = {};
  if (!isRecord(demo)) issues.push(issue('type', childPath(path, 'demographics'), 'demographics must be an object'));
  else {
    const sex = demo['sex'];
    const age = demo['ageYears'];
    if (sex !== undefined && sex !== 'female' && sex !== 'male' && sex !== 'unknown') issues.push(issue('enum', childPath(childPath(path, 'demographics'), 'sex'), 'sex must be "female", "male" or "unknown"'));
    if (age !== undefined && (typeof age !== 'number' || !(age >= 0 && age <= 130))) issues.push(issue('range', childPath(childPath(path, 'demographics'), 'ageYears'), 'ageYears must be a number from 0 to 130'));
    demographics = { ...(typeof sex === 'string' ? { sex: sex as 'female' } : {}), ...(typeof age === 'number' ? { ageYears: age } : {}) };
  }
  const presenting = refs(input, 'presenting', path, issues);
  const rec = input['record'];
  const recPath = childPath(path, 'record');
  let record: BenchCase['record'] = { present: [], absent: [], values: [] };
  if (!isRecord(rec)) issues.push(issue(rec === undefined ? 'required' : 'type', recPath, 'record must be an object with present, absent and values'));
  else {
    const values: ValueRef[] = [];
    const rawValues = rec['values'] ?? [];
    if (!Array.isArray(rawValues)) issues.push(issue('type', childPath(recPath, 'values'), 'values must be an array'));
    else rawValues.forEach((v, i) => {
      const ok = isRecord(v) && typeof v['id'] === 'string' && (typeof v['value'] === 'string' || (Array.isArray(v['value']) && v['value'].every((x) => typeof x === 'string')));
      if (ok) values.push({ id: v['id'] as string, value: v['value'] as string });
      else issues.push(issue('type', childPath(childPath(recPath, 'values'), i), 'a value must be {"id", "value"} with a string or string array value'));
    });
    record = { present: refs(rec, 'present', recPath, issues), absent: refs(rec, 'absent', recPath, issues), values };
  }
  const dx = input['diagnosis'];
  const dxPath = childPath(path, 'diagnosis');
  let diagnosis: CaseDiagnosis | undefined;
  if (!isRecord(dx)) issues.push(issue(dx === undefined ? 'required' : 'type', dxPath, 'diagnosis must be an object with id and name'));
  else {
    const dxId = str(dx, 'id', dxPath, issues);
    const name = str(dx, 'name', dxPath, issues);
    const category = str(dx, 'category', dxPath, issues, false);
    const lists = Object.fromEntries(['synonyms', 'parents', 'genes', 'icd10'].map((k) => [k, strList(dx, k, dxPath, issues)]).filter(([, v]) => v !== undefined));
    if (dxId && name) diagnosis = { id: dxId, name, ...(category ? { category } : {}), ...lists };
  }
  const src = input['source'];
  let source: BenchCase['source'] | undefined;
  if (!isRecord(src)) issues.push(issue(src === undefined ? 'required' : 'type', childPath(path, 'source'), 'source must be an object with dataset'));
  else {
    const dataset = str(src, 'dataset', childPath(path, 'source'), issues);
    const reference = str(src, 'reference', childPath(path, 'source'), issues, false);
    const license = str(src, 'license', childPath(path, 'source'), issues, false);
    if (dataset) source = { dataset, ...(reference ? { reference } : {}), ...(license ? { license } : {}) };
  }
  if (issues.length > 0 || !id || !diagnosis || !source) return { ok: false, issues };
  return { ok: true, value: { id, demographics, presenting, record, diagnosis, source }, issues };
}
