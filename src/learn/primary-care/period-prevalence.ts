/**
 * Prevalence by period (knowledge/primary-care/period-prevalence.json): attaches `periodPrior` rows,
 * each with its public source, to the model's conditions, so a dated record (the episode of a FHIR
 * record) gets the prior of its period. A build-time hook kept apart from build.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, issue, type Issue } from '../../core/issues.js';
import type { KnowledgeModel, PeriodPrior } from '../../core/model.js';

const FILE = 'period-prevalence.json';
const ISO = /^\d{4}-\d{2}-\d{2}$/;

interface PeriodRow { condition: string; from?: string; until?: string; factor: number; ref: string }

/** Read the period file of `knowledgeDir` (absent file: no periods) and check it against the model. */
export function readPeriodPriors(knowledgeDir: string, model: KnowledgeModel): Map<string, PeriodPrior[]> {
  const out = new Map<string, PeriodPrior[]>();
  const path = join(knowledgeDir, FILE);
  if (!existsSync(path)) return out;
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { references?: Record<string, string>; periods?: PeriodRow[] };
  const refs = raw.references ?? {};
  const ids = new Set(model.conditions.map((c) => c.id));
  const issues: Issue[] = [];
  (raw.periods ?? []).forEach((r, i) => {
    const at = `${FILE}:$.periods[${i}]`;
    if (!ids.has(r.condition)) issues.push(issue('reference', `${at}.condition`, `condition "${r.condition}" is not in the model`));
    if (!refs[r.ref]) issues.push(issue('reference', `${at}.ref`, `unknown reference "${r.ref}"`));
    for (const k of ['from', 'until'] as const) if (r[k] !== undefined && !ISO.test(r[k])) issues.push(issue('format', `${at}.${k}`, `${k} must be YYYY-MM-DD`));
    if (!(typeof r.factor === 'number' && r.factor > 0)) issues.push(issue('range', `${at}.factor`, 'factor must be > 0'));
    const list = out.get(r.condition) ?? [];
    list.push({ ...(r.from ? { from: r.from } : {}), ...(r.until ? { until: r.until } : {}), factor: r.factor, source: refs[r.ref] ?? r.ref });
    out.set(r.condition, list);
  });
  if (issues.length > 0) throw new InputError(issues);
  return out;
}

/** The model with each listed condition's `periodPrior`. */
export function withPeriodPriors(model: KnowledgeModel, periods: ReadonlyMap<string, readonly PeriodPrior[]>): KnowledgeModel {
  if (periods.size === 0) return model;
  return { ...model, conditions: model.conditions.map((c) => (periods.has(c.id) ? { ...c, periodPrior: periods.get(c.id)! } : c)) };
}
