/**
 * Disease Ontology relatives of the broad model's conditions (twenty-ninth session, docs/sessions/29-rank13.md). The
 * ICD-10 sibling fill (icd-siblings.ts) shrinks a silent profile towards the conditions of its ICD-10-CM category; DO
 * groups diseases by what they are, not by how they are billed, so a condition's DO is_a parents and children that
 * the model holds are a second relation of the same kind: a subclass shares its superclass's defining features (DO's
 * "has symptom" axioms are inherited along is_a), and a superclass's profile is a mixture of its subclasses'.
 */
import type { DoTerm } from './ontologies.js';

/**
 * Condition -> the other conditions linked to the same DO term or to a direct DO is_a parent or child of one of its
 * DO terms (sorted, itself excluded); conditions with no such relative are left out.
 * @param doids condition id -> the DOIDs the vocabulary linker gives it (`linkConditions`).
 * @param terms DO terms with their is_a parents.
 */
export function doRelatives(doids: ReadonlyMap<string, readonly string[]>, terms: readonly DoTerm[]): Map<string, string[]> {
  const near = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => { (near.get(a) ?? near.set(a, new Set()).get(a)!).add(b); };
  for (const t of terms) for (const p of t.parents ?? []) { link(t.id, p); link(p, t.id); }
  const byDoid = new Map<string, string[]>();
  for (const [c, ds] of doids) for (const d of ds) (byDoid.get(d) ?? byDoid.set(d, []).get(d)!).push(c);
  const out = new Map<string, string[]>();
  for (const [c, ds] of [...doids].sort((a, b) => a[0].localeCompare(b[0]))) {
    const rel = new Set<string>();
    for (const d of ds) for (const e of [d, ...(near.get(d) ?? [])]) for (const o of byDoid.get(e) ?? []) if (o !== c) rel.add(o);
    if (rel.size > 0) out.set(c, [...rel].sort());
  }
  return out;
}
