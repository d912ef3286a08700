/**
 * Family smoothing of annotated diseases: a phenotype a disease's own HPO annotations do not reach, but that
 * its annotated relatives show, is listed a little above its background. Relatives are the other members of
 * its numbered OMIM series ("spinocerebellar ataxia 49" and the other spinocerebellar ataxias) and the other
 * diseases of its causal gene (allelic disorders, and the Orphanet twin, from `genes_to_phenotype.txt`).
 * Annotations of one disease are curated from a few papers; a new publication records terms the curators did
 * not, and those terms are more likely among the family's phenotypes than anywhere (hierarchical smoothing:
 * disease -> family -> background). Pure; the learner writes the result as explicit likelihood entries, so
 * each finding's contribution stays exact.
 */
import { groupBySeries } from './label-stem.js';

export interface FamilyOptions {
  /** Share of the way from the background to the family's pooled frequency (0: off). */
  readonly credit: number;
  /** Relatives by numbered series. */
  readonly series: boolean;
  /** Relatives by shared causal gene. */
  readonly gene: boolean;
  /** Relatives by a shared exact-match MONDO class: the same disease in the other catalogue (OMIM and Orphanet). */
  readonly twin?: boolean;
  /** A pooled term is kept when at least this share of the relatives show it (mean closure probability). */
  readonly minShare: number;
  /** At most this many family terms per disease, by expected evidence p log(p / leak). */
  readonly maxTerms: number;
}

export interface FamilyInputs {
  /** Annotated disease id -> its names (annotation title, MONDO label). */
  readonly names: ReadonlyMap<string, readonly string[]>;
  /** Annotated disease id -> linked gene symbols. */
  readonly genes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Annotated disease id -> noisy-OR closure of its annotations. */
  readonly closures: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly leakOf: (t: string) => number;
  /** Disease id -> exact-match MONDO classes (for `twin`). */
  readonly mondo?: ReadonlyMap<string, readonly string[]>;
}

/** Relatives of every annotated disease (itself excluded), sorted; empty when it has none. */
export function relativesOf(inp: FamilyInputs, opts: Pick<FamilyOptions, 'series' | 'gene' | 'twin'>): Map<string, string[]> {
  const rel = new Map<string, Set<string>>();
  const link = (group: readonly string[]): void => {
    if (group.length < 2) return;
    for (const d of group) {
      const s = rel.get(d) ?? rel.set(d, new Set()).get(d)!;
      for (const x of group) if (x !== d) s.add(x);
    }
  };
  if (opts.series) {
    const pairs: [string, string][] = [];
    for (const [id, ns] of inp.names) if (id.startsWith('OMIM:')) for (const n of ns) pairs.push([id, n]);
    for (const group of groupBySeries(pairs).values()) link(group);
  }
  if (opts.gene) {
    const byGene = new Map<string, string[]>();
    for (const [d, gs] of inp.genes) if (inp.closures.has(d)) for (const g of gs) (byGene.get(g) ?? byGene.set(g, []).get(g)!).push(d);
    for (const group of byGene.values()) link(group.sort());
  }
  if (opts.twin && inp.mondo) {
    const byClass = new Map<string, string[]>();
    for (const [d, ms] of inp.mondo) if (inp.closures.has(d)) for (const m of ms) (byClass.get(m) ?? byClass.set(m, []).get(m)!).push(d);
    for (const group of byClass.values()) link(group.sort());
  }
  return new Map([...rel].map(([d, s]) => [d, [...s].sort()]));
}

/**
 * Per annotated disease with relatives, the terms its own closure lacks with their pooled frequency over the
 * relatives (mean closure probability, above the background and at least `minShare`), most informative first.
 */
export function familyProfiles(inp: FamilyInputs, opts: FamilyOptions): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  if (!(opts.credit > 0)) return out;
  for (const [d, relatives] of relativesOf(inp, opts)) {
    const own = inp.closures.get(d);
    if (!own) continue;
    const sum = new Map<string, number>();
    for (const r of relatives) for (const [t, p] of inp.closures.get(r) ?? []) if (!own.has(t)) sum.set(t, (sum.get(t) ?? 0) + p);
    const kept = [...sum]
      .map(([t, s]) => ({ t, p: s / relatives.length }))
      .filter(({ t, p }) => p >= opts.minShare && p > inp.leakOf(t))
      .map((x) => ({ ...x, e: x.p * Math.log(x.p / inp.leakOf(x.t)) }))
      .sort((a, b) => b.e - a.e || (a.t < b.t ? -1 : 1))
      .slice(0, opts.maxTerms);
    if (kept.length > 0) out.set(d, new Map(kept.map((x) => [x.t, x.p])));
  }
  return out;
}

/** P(t | d) of a family term: `credit` of the way from the background to the pooled frequency. */
export function familyProbability(pooled: number, leak: number, credit: number): number {
  return leak + credit * (pooled - leak);
}
