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
 */
import type { FindingDef } from '../../core/model.js';
import type { HpoTerm } from './phenotypes.js';

/** The HPO system URI of a finding code. */
const HPO = 'http://purl.obolibrary.org/obo/hp.owl';
/** Catalog tests (leak = 1 - a cited specificity) keep their rows as authored. */
const CONCEPT = 'https://ddx.dev/concept';

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
