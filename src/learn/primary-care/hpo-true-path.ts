/**
 * HPO's true path rule for the broad model (twenty-eighth session, docs/sessions/28-rank12.md). In the Human Phenotype
 * Ontology (as in the Gene Ontology) an annotation to a term implies annotation to all its is_a ancestors: a patient
 * with "Focal seizure" has "Seizure". The broad model lists, per condition, the findings its sources name, so a
 * condition whose sources name only a specific phenotype gets the leak for the general one a note states, while
 * conditions listing the general term directly gain log(P / leak) over it. This module derives the is_a table among
 * the model's own HPO-coded findings; the model's `hierarchy` (src/core/hierarchy.ts) then carries each listed entry to
 * its unlisted ancestors by noisy-OR at compile time, and credits the nearest descendants of a most specific entry with
 * a share of its likelihood ratio (the values are `HPO_TRUE_PATH` in build.ts, the phenopackets model's shipped ones).
 * Absent findings are not tempered. This module only derives the table.
 *
 * The broad model's SymCat and Columbia findings carry no HPO code, so the rule did not reach them: one note word
 * that names a finding and its broader finding asserted both at full weight (docs/sessions/31-rank17.md). A finding
 * whose own name is, under `synonymKey`, the label or an exact synonym of exactly one HPO term takes that term for
 * the table (`hpoNamedTerms`); its codes stay as they are (an HPO code would also drop its question, build.ts step 6).
 * The named findings form their own table (`hpoNamedParents`): their rows are SymCat's and Columbia's frequencies for
 * common conditions, the phenotype findings' rows HPO's annotations of rare diseases (already carried two is_a levels
 * up, phenotypes.ts), and a link across the two would let a rare disease's grouping term ("Sleep disturbance") credit
 * a common symptom (insomnia) or take its frequency by noisy-OR.
 */
import type { FindingDef } from '../../core/model.js';
import { synonymKey, type HpoTerm } from './phenotypes.js';

/** The HPO system URI of a finding code. */
const HPO = 'http://purl.obolibrary.org/obo/hp.owl';
/** Catalog tests (leak = 1 - a cited specificity) keep their rows as authored. */
const CONCEPT = 'https://ddx.dev/concept';

/**
 * Finding id -> the HPO term its own name names, for the binary findings with no HPO code (catalog tests left out):
 * the name under `synonymKey` (lower case, other characters one space) equals the label or an exact synonym of
 * exactly one current term ("nosebleed" is Epistaxis HP:0000421 by its exact synonym). A name two terms share is
 * left uncoded. Sorted by finding id.
 */
export function hpoNamedTerms(findings: readonly FindingDef[], terms: ReadonlyMap<string, HpoTerm>): Map<string, string> {
  const byName = new Map<string, Set<string>>();
  for (const [id, t] of terms) for (const s of [t.label, ...t.synonyms]) { const k = synonymKey(s); (byName.get(k) ?? byName.set(k, new Set()).get(k)!).add(id); }
  const out = new Map<string, string>();
  for (const f of [...findings].sort((a, b) => a.id.localeCompare(b.id))) {
    if (f.valueType !== 'binary' || (f.codes ?? []).some((c) => c.system === CONCEPT || c.system === HPO)) continue;
    const hit = byName.get(synonymKey(f.name));
    if (hit && hit.size === 1) out.set(f.id, [...hit][0]!);
  }
  return out;
}

/**
 * Finding id -> nearest ancestor finding ids under HPO is_a, over the binary findings coded with an HPO term (catalog
 * tests left out). From each of a finding's HPO codes the walk goes up is_a and stops, on each path, at the first term
 * that codes another finding (its ancestors follow through that finding). Findings sharing a code are not each
 * other's ancestors. Keys and lists sorted, so the table is deterministic.
 */
export function hpoFindingParents(findings: readonly FindingDef[], terms: ReadonlyMap<string, HpoTerm>): Record<string, string[]> {
  const byCode = new Map<string, string[]>();
  const codesOf = new Map<string, string[]>();
  for (const f of findings) {
    if (f.valueType !== 'binary' || (f.codes ?? []).some((c) => c.system === CONCEPT)) continue;
    const codes = (f.codes ?? []).filter((c) => c.system === HPO && terms.has(c.code)).map((c) => c.code);
    if (codes.length === 0) continue;
    codesOf.set(f.id, codes);
    for (const code of codes) byCode.set(code, [...(byCode.get(code) ?? []), f.id]);
  }
  const out: Record<string, string[]> = {};
  for (const id of [...codesOf.keys()].sort()) {
    const own = new Set(codesOf.get(id)!);
    const found = new Set<string>();
    const seen = new Set<string>(own);
    let level = [...own];
    while (level.length > 0) {
      const next: string[] = [];
      for (const t of level) {
        for (const p of terms.get(t)?.parents ?? []) {
          if (seen.has(p)) continue;
          seen.add(p);
          const at = (byCode.get(p) ?? []).filter((x) => x !== id);
          if (at.length > 0) for (const x of at) found.add(x);
          else next.push(p);
        }
      }
      level = next;
    }
    if (found.size > 0) out[id] = [...found].sort();
  }
  return out;
}

/**
 * The is_a table among the findings HPO names (`hpoNamedTerms`) only: each such finding's nearest ancestors that are
 * also named findings, walking through terms no named finding takes. Its keys are findings without an HPO code, so
 * it joins `hpoFindingParents`'s table without overlap (`truePathParents`).
 */
export function hpoNamedParents(findings: readonly FindingDef[], terms: ReadonlyMap<string, HpoTerm>): Record<string, string[]> {
  const named = hpoNamedTerms(findings, terms);
  const coded = findings.filter((f) => named.has(f.id)).map((f) => ({ ...f, codes: [{ system: HPO, code: named.get(f.id)! }] }) as FindingDef);
  return hpoFindingParents(coded, terms);
}

/** The broad model's whole true-path table: the HPO-coded findings' and the named findings', keys sorted. */
export function truePathParents(findings: readonly FindingDef[], terms: ReadonlyMap<string, HpoTerm>): Record<string, string[]> {
  return truePathTable(findings, terms).parents;
}

/**
 * The true-path table with the named findings that are a broader finding in it (`noDescendantCredit`, sorted): SymCat
 * lists a broad symptom ("pain", "fluid retention") for a condition as the word its sources used, not as the claim
 * that every narrower finding goes with it, so those findings pass their frequency up (noisy-OR: a site pain is
 * pain) but credit no descendant (docs/sessions/32-rank18.md, "for a later session"). HPO's annotations of rare
 * diseases keep the descendant credit the phenopackets model was tuned with.
 */
export function truePathTable(findings: readonly FindingDef[], terms: ReadonlyMap<string, HpoTerm>): { parents: Record<string, string[]>; noDescendantCredit: string[] } {
  const named = hpoNamedParents(findings, terms);
  const all = { ...hpoFindingParents(findings, terms), ...named };
  const parents = Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]!]));
  return { parents, noDescendantCredit: [...new Set(Object.values(named).flat())].sort() };
}
