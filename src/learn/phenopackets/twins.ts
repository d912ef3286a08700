/**
 * One condition per disease when two catalogues annotate it: an Orphanet disease whose MONDO concept
 * (exact match) has exactly one OMIM equivalent, itself annotated, is the same disease as that OMIM
 * entry. Listed apart, the twins split the evidence (Orphanet usually gives frequencies, OMIM often
 * does not) and take two places of a top-k list. Merged, the OMIM entry carries both annotation sets
 * and the Orphanet id as a code. Pure.
 */
import type { DiseaseAnnotations, PhenotypeAnnotation } from './hpoa.js';

export interface MergedTwins {
  readonly annotations: Map<string, DiseaseAnnotations>;
  readonly geneLinks: Map<string, ReadonlySet<string>>;
  /** OMIM id -> the Orphanet ids merged into it (sorted). */
  readonly mergedInto: Map<string, string[]>;
}

/** Orphanet id -> its single annotated OMIM twin, through shared MONDO ids (exact matches only). */
export function orphaTwins(annotations: ReadonlyMap<string, DiseaseAnnotations>, mondo: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const omimByMondo = new Map<string, string[]>();
  for (const [d, ms] of mondo) if (d.startsWith('OMIM:')) for (const m of ms) (omimByMondo.get(m) ?? omimByMondo.set(m, []).get(m)!).push(d);
  const out = new Map<string, string>();
  for (const d of [...annotations.keys()].sort()) {
    if (!d.startsWith('ORPHA:')) continue;
    const omim = [...new Set((mondo.get(d) ?? []).flatMap((m) => omimByMondo.get(m) ?? []))];
    if (omim.length === 1 && annotations.has(omim[0]!)) out.set(d, omim[0]!);
  }
  return out;
}

/**
 * Per term, one annotation: explicit frequencies are averaged (a missing one does not count), a NOT
 * stands only when no source lists the term as present, and a sex restriction only when all agree.
 */
function mergePhenotypes(lists: readonly (readonly PhenotypeAnnotation[])[]): PhenotypeAnnotation[] {
  const byTerm = new Map<string, PhenotypeAnnotation[]>();
  for (const list of lists) for (const a of list) (byTerm.get(a.term) ?? byTerm.set(a.term, []).get(a.term)!).push(a);
  const out: PhenotypeAnnotation[] = [];
  for (const [term, as] of [...byTerm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pos = as.filter((a) => !a.not && a.frequency !== 0);
    if (pos.length === 0) {
      out.push(as[0]!);
      continue;
    }
    const given = pos.map((a) => a.frequency).filter((f): f is number => f !== undefined);
    const frequency = given.length > 0 ? given.reduce((s, f) => s + f, 0) / given.length : undefined;
    const sexes = new Set(pos.map((a) => a.sex));
    const sex = sexes.size === 1 ? pos[0]!.sex : undefined;
    out.push({ term, frequency, frequencyText: pos.map((a) => a.frequencyText).filter((t) => t !== '').join(';'), not: false, ...(sex ? { sex } : {}) });
  }
  return out;
}

export function mergeTwins(annotations: ReadonlyMap<string, DiseaseAnnotations>, geneLinks: ReadonlyMap<string, ReadonlySet<string>>, mondo: ReadonlyMap<string, readonly string[]>): MergedTwins {
  const twins = orphaTwins(annotations, mondo);
  const mergedInto = new Map<string, string[]>();
  for (const [orpha, omim] of twins) (mergedInto.get(omim) ?? mergedInto.set(omim, []).get(omim)!).push(orpha);
  const out = new Map<string, DiseaseAnnotations>();
  const genes = new Map<string, ReadonlySet<string>>(geneLinks);
  for (const [id, d] of annotations) {
    if (twins.has(id)) {
      genes.delete(id);
      continue;
    }
    const orphas = mergedInto.get(id);
    if (!orphas) {
      out.set(id, d);
      continue;
    }
    const parts = [d, ...orphas.map((o) => annotations.get(o)!)];
    out.set(id, {
      id, name: d.name,
      phenotypes: mergePhenotypes(parts.map((p) => p.phenotypes)),
      onsets: [...new Set(parts.flatMap((p) => p.onsets))].sort(),
      inheritance: [...new Set(parts.flatMap((p) => p.inheritance))].sort(),
    });
    const gs = new Set([id, ...orphas].flatMap((x) => [...(geneLinks.get(x) ?? [])]));
    if (gs.size > 0) genes.set(id, gs);
  }
  return { annotations: out, geneLinks: genes, mergedInto };
}
