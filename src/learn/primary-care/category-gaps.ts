/**
 * ICD-10-CM category gaps (twenty-sixth session, docs/sessions/26-cover2.md). Measured on a general list, the
 * three-character categories of ICD-10-CM chapters A00-N99 (infectious to genitourinary: the scope of primary care,
 * the emergency department and the USMLE systems), many categories hold no model condition at all, so a vignette whose
 * diagnosis falls there is lost before ranking. This step fills such gaps from the Human Disease Ontology only: a DO
 * disease the model lacks becomes a condition when every ICD-10-CM code DO cross-references for it falls in a category
 * of those chapters that no model condition occupies, and its features are DO's own "has symptom" links (at least
 * MIN_NEW_FINDINGS readable ones; phenotypes.ts). Diseases HPO annotates (OMIM/Orphanet, mostly Mendelian) are left to
 * the round-5 option (`codedPhenotypeConditions`); here the source is DO's disease-symptom links alone.
 */
import { icdCategories } from './icd-siblings.js';
import type { NewCondition } from './phenotypes.js';

/** The switch and the prior class of the step (the rare class at a low weight, as CODED_PRIOR: a new condition must not crowd). */
export const CATEGORY_GAPS: { readonly on: boolean } = { on: false };

/** First and last three-character category of the chapters in scope (A00-B99 infectious ... N00-N99 genitourinary). */
const SCOPE: readonly [string, string] = ['A00', 'N99'];

/** Whether a three-character category lies in the chapters in scope. */
export function inScope(category: string): boolean {
  return category >= SCOPE[0] && category <= SCOPE[1];
}

/**
 * The DO diseases that fill a category gap: source 'do' (findings from DO's symptom links, no HPO annotation), at least
 * one ICD-10-CM code, every code's category in scope and occupied by no existing condition, and no name key shared
 * with an existing condition (`taken`: that would be the same disease under a code the linker missed). Sorted by id.
 */
export function categoryGapConditions(added: readonly NewCondition[], existingIcd10: Iterable<readonly string[]>, taken: (name: string) => boolean): NewCondition[] {
  const occupied = new Set<string>();
  for (const codes of existingIcd10) for (const k of icdCategories(codes)) occupied.add(k);
  const out: NewCondition[] = [];
  for (const c of added) {
    if (c.source !== 'do') continue;
    const cats = icdCategories(c.icd10);
    if (cats.size === 0 || [...cats].some((k) => !inScope(k) || occupied.has(k))) continue;
    if (taken(c.name)) continue;
    out.push(c);
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
