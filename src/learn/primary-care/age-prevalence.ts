/**
 * Prevalence by age band (knowledge/primary-care/age-prevalence.json): multiplies a condition's prior in
 * the age bands inside [minYears, maxYears) by `factor`, each row with its public source. SymCat's age
 * relative risks come from a symptom checker's visits and are noisy for uncommon conditions (pneumoconiosis
 * weighs more in toddlers than in miners' ages); a row states what epidemiology says instead. A
 * build-time hook kept apart from build.ts, like the period and age-likelihood hooks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue, type Issue } from '../../core/issues.js';
import type { KnowledgeModel } from '../../core/model.js';

const FILE = 'age-prevalence.json';

interface AgeBandRow { condition: string; minYears: number; maxYears: number; factor: number; ref: string }

/** A checked row of the file: the condition and the factor per age band of the model. */
export interface AgeBandFactors { condition: string; factors: number[] }

/** Read the file of `knowledgeDir` (absent file: no rows) and check it against the model's conditions and bands. */
export function readAgePrevalence(knowledgeDir: string, model: KnowledgeModel): AgeBandFactors[] {
  const path = join(knowledgeDir, FILE);
  if (!existsSync(path)) return [];
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { references?: Record<string, string>; rows?: AgeBandRow[] };
  const refs = raw.references ?? {};
  const ids = new Set(model.conditions.map((c) => c.id));
  const issues: Issue[] = [];
  const out = new Map<string, number[]>();
  (raw.rows ?? []).forEach((r, i) => {
    const at = `${FILE}:$.rows[${i}]`;
    if (!ids.has(r.condition)) issues.push(issue('reference', `${at}.condition`, `condition "${r.condition}" is not in the model`));
    if (!refs[r.ref]) issues.push(issue('reference', `${at}.ref`, `unknown reference "${r.ref}"`));
    if (!(typeof r.factor === 'number' && r.factor > 0)) issues.push(issue('range', `${at}.factor`, 'factor must be > 0'));
    if (!(r.minYears >= 0 && r.maxYears > r.minYears)) issues.push(issue('range', `${at}.maxYears`, 'need 0 <= minYears < maxYears'));
    // A band is changed only when it lies wholly inside the row's range, so a row never splits a band.
    const factors = out.get(r.condition) ?? model.ageBands.map(() => 1);
    model.ageBands.forEach((b, j) => { if (b.minYears >= r.minYears && b.maxYears <= r.maxYears) factors[j] = factors[j]! * r.factor; });
    out.set(r.condition, factors);
  });
  if (issues.length > 0) throw new InputError(issues);
  return [...out].map(([condition, factors]) => ({ condition, factors }));
}

/** The model with each listed condition's prior multiplied band by band. */
export function withAgePrevalence(model: KnowledgeModel, rows: readonly AgeBandFactors[]): KnowledgeModel {
  if (rows.length === 0) return model;
  const by = new Map(rows.map((r) => [r.condition, r.factors]));
  return {
    ...model,
    conditions: model.conditions.map((c) => {
      const f = by.get(c.id);
      return f ? { ...c, prior: c.prior.map((row, j) => row.map((p) => p * f[j]!)) } : c;
    }),
  };
}
