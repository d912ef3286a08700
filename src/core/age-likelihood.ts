/**
 * Likelihoods by age: a condition may say that a binary finding has another frequency in an age range
 * (a child with COVID-19 has fever less often than an adult). `ConditionDef.ageLikelihoods` holds those
 * rows with their sources; compiling turns each into the change of log-likelihood ratio it makes to the
 * condition's ordinary row, and observing a finding adds that change for a case whose age is in range.
 * A model without such rows compiles to an empty table and scores exactly as before. Planning (expected
 * information of the next question) keeps the ordinary rows: the rows only move scores and explanations.
 */
import type { KnowledgeModel } from './model.js';

/** One compiled row: for condition `condition` and ages in [minYears, maxYears), add `present`/`absent` to its score. */
export interface CompiledAgeLikelihood {
  readonly condition: number;
  readonly minYears: number;
  readonly maxYears: number;
  /** log P_age(present | c) - log P(present | c) */
  readonly present: number;
  /** log P_age(absent | c) - log P(absent | c) */
  readonly absent: number;
}

const P_FLOOR = 1e-9;
const clamp = (p: number): number => Math.min(1 - P_FLOOR, Math.max(P_FLOOR, p));

/**
 * Finding index -> its age rows. The ordinary probability is the condition's listed one, else the
 * finding's leak (what the condition scores when it does not list the finding).
 */
export function compileAgeLikelihoods(model: KnowledgeModel, findingIndex: ReadonlyMap<string, number>): ReadonlyMap<number, readonly CompiledAgeLikelihood[]> {
  const out = new Map<number, CompiledAgeLikelihood[]>();
  model.conditions.forEach((c, ci) => {
    for (const r of c.ageLikelihoods ?? []) {
      const fi = findingIndex.get(r.finding);
      const def = fi === undefined ? undefined : model.findings[fi];
      if (fi === undefined || def?.valueType !== 'binary') continue;
      const base = clamp(model.likelihoods[r.finding]?.[c.id]?.[0] ?? def.leak);
      const p = clamp(r.p);
      const rows = out.get(fi) ?? [];
      rows.push({ condition: ci, minYears: r.minYears, maxYears: r.maxYears, present: Math.log(p) - Math.log(base), absent: Math.log(1 - p) - Math.log(1 - base) });
      out.set(fi, rows);
    }
  });
  return out;
}

/** Add the age rows of finding `fi` observed `present` (or absent) to the scores of a case aged `age`. */
export function addAgeLikelihoods(rows: ReadonlyMap<number, readonly CompiledAgeLikelihood[]>, fi: number, present: boolean, age: number, nb: Float64Array): void {
  const list = rows.get(fi);
  if (!list) return;
  for (const r of list) if (age >= r.minYears && age < r.maxYears) nb[r.condition]! += present ? r.present : r.absent;
}

/** The age change of one condition's score for finding `fi` (0 when no row applies); used by explanations. */
export function ageLikelihoodLlr(rows: ReadonlyMap<number, readonly CompiledAgeLikelihood[]>, fi: number, c: number, present: boolean, age: number): number {
  let x = 0;
  for (const r of rows.get(fi) ?? []) if (r.condition === c && age >= r.minYears && age < r.maxYears) x += present ? r.present : r.absent;
  return x;
}
