/**
 * Disease Ontology relatives of the broad model's conditions (twenty-ninth session, docs/sessions/29-rank13.md and
 * 29-rank14.md). The ICD-10 sibling fill (icd-siblings.ts) shrinks a silent profile towards the conditions of its
 * ICD-10-CM category; DO groups diseases by what they are, not by how they are billed, so the conditions the model
 * links to a condition's own DO term or to a direct is_a parent of it are a second relation of the same kind: a
 * subclass shares its superclass's defining features (DO's "has symptom" axioms are inherited along is_a, never up).
 * Only that direction is read: a superclass does not take its subclasses' features (the parents-only form the lead
 * pre-registered for rank14; rank13's first form also read children).
 * Thirty-fourth session (docs/sessions/34-rank21.md): the DO relation is a fallback, read only for a condition the
 * ICD-10 relation leaves without relatives (its three-character category holds no other condition, or it has no
 * ICD-10 code). rank13's and rank14's forms wrote DO values over profiles the ICD fill already shrinks, too.
 */
import type { DoTerm } from './ontologies.js';

/**
 * Condition -> the other conditions linked to the same DO term or to a direct DO is_a parent of one of its DO terms
 * (sorted, itself excluded; children are not read); conditions with no such relative are left out.
 * @param doids condition id -> the DOIDs the vocabulary linker gives it (`linkConditions`).
 * @param terms DO terms with their is_a parents.
 */
export function doRelatives(doids: ReadonlyMap<string, readonly string[]>, terms: readonly DoTerm[]): Map<string, string[]> {
  const parents = new Map<string, readonly string[]>();
  for (const t of terms) if (t.parents && t.parents.length > 0) parents.set(t.id, t.parents);
  const byDoid = new Map<string, string[]>();
  for (const [c, ds] of doids) for (const d of ds) (byDoid.get(d) ?? byDoid.set(d, []).get(d)!).push(c);
  const out = new Map<string, string[]>();
  for (const [c, ds] of [...doids].sort((a, b) => a[0].localeCompare(b[0]))) {
    const rel = new Set<string>();
    for (const d of ds) for (const e of [d, ...(parents.get(d) ?? [])]) for (const o of byDoid.get(e) ?? []) if (o !== c) rel.add(o);
    if (rel.size > 0) out.set(c, [...rel].sort());
  }
  return out;
}

/**
 * The relation `second` restricted to the conditions `first` gives no relative: each condition is related by the
 * first relation that relates it at all (the ICD-10 category first, the DO relatives where there is none).
 * @param first the preferred relation (condition -> related conditions; a condition without relatives is absent).
 * @param second the fallback relation.
 */
export function fallbackRelation(first: ReadonlyMap<string, readonly string[]>, second: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [c, rel] of second) if ((first.get(c)?.length ?? 0) === 0 && rel.length > 0) out.set(c, [...rel]);
  return out;
}
