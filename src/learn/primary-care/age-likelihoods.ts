/**
 * Symptom frequencies by age (knowledge/primary-care/age-likelihoods.json): attaches `ageLikelihoods`
 * rows, each with its public source, to the model's conditions (a child with COVID-19 has fever less
 * often than an adult). A build-time hook kept apart from build.ts; the core applies the rows
 * (src/core/age-likelihood.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue, type Issue } from '../../core/issues.js';
import type { AgeLikelihood, KnowledgeModel } from '../../core/model.js';

const FILE = 'age-likelihoods.json';

interface AgeRow { condition: string; finding: string; minYears: number; maxYears: number; p: number; ref: string }

/** Read the age file of `knowledgeDir` (absent file or `apply: false`: no rows) and check it against the model. */
export function readAgeLikelihoods(knowledgeDir: string, model: KnowledgeModel): Map<string, AgeLikelihood[]> {
  const out = new Map<string, AgeLikelihood[]>();
  const path = join(knowledgeDir, FILE);
  if (!existsSync(path)) return out;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { apply?: boolean; references?: Record<string, string>; rows?: AgeRow[] };
  if (raw.apply === false) return out;
  const refs = raw.references ?? {};
  const conditions = new Set(model.conditions.map((c) => c.id));
  const binary = new Set(model.findings.filter((f) => f.valueType === 'binary').map((f) => f.id));
  const issues: Issue[] = [];
  (raw.rows ?? []).forEach((r, i) => {
    const at = `${FILE}:$.rows[${i}]`;
    if (!conditions.has(r.condition)) issues.push(issue('reference', `${at}.condition`, `condition "${r.condition}" is not in the model`));
    if (!binary.has(r.finding)) issues.push(issue('reference', `${at}.finding`, `"${r.finding}" is not a binary finding of the model`));
    if (!refs[r.ref]) issues.push(issue('reference', `${at}.ref`, `unknown reference "${r.ref}"`));
    if (!(r.minYears >= 0 && r.maxYears > r.minYears)) issues.push(issue('range', `${at}.maxYears`, 'need 0 <= minYears < maxYears'));
    if (!(r.p > 0 && r.p < 1)) issues.push(issue('range', `${at}.p`, 'p must be strictly between 0 and 1'));
    const list = out.get(r.condition) ?? [];
    list.push({ finding: r.finding, minYears: r.minYears, maxYears: r.maxYears, p: r.p, source: refs[r.ref] ?? r.ref });
    out.set(r.condition, list);
  });
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

/** The model with each listed condition's `ageLikelihoods`. */
export function withAgeLikelihoods(model: KnowledgeModel, rows: ReadonlyMap<string, readonly AgeLikelihood[]>): KnowledgeModel {
  if (rows.size === 0) return model;
  return { ...model, conditions: model.conditions.map((c) => (rows.has(c.id) ? { ...c, ageLikelihoods: rows.get(c.id)! } : c)) };
}
