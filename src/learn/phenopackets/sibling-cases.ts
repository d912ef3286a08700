/**
 * Sibling transfer: a disease known only from its annotations borrows what patients of its seen
 * relatives record. Relatives are the members of its numbered series (same label stem, as
 * `label-stem.ts` groups them) and the diseases of its causal gene (allelic disorders), among the
 * diseases with training cases. The borrowed profile is the mean over relatives of each relative's
 * recorded rate of a term (the publication-weighted share of its cases recording the term or a
 * descendant); the learner adds it as pseudo-counts on top of the disease's own annotation prior.
 * Pure: learned per fold from that fold's training cases only.
 */
import { seriesKey, wholeKey } from './label-stem.js';

/** A disease with training cases, as a possible relative. */
export interface SeenRelative {
  readonly id: string;
  readonly label: string;
  readonly genes: ReadonlySet<string>;
  /** Recorded rate per term (closure of its cases' present terms): weighted cases recording it / weighted cases. */
  readonly rates: ReadonlyMap<string, number>;
}

/** A disease without training cases that may borrow. */
export interface Borrower {
  readonly id: string;
  readonly label: string;
  readonly genes: ReadonlySet<string>;
}

/** Which relatives count and which borrowed terms are kept (the learner's `sibling*` parameters). */
export interface SiblingOptions {
  /** Relatives through the series stem of the label. */
  readonly series: boolean;
  /** Relatives through a shared causal gene. */
  readonly gene: boolean;
  /** A gene links diseases only when both list at most this many genes (a long gene list is a group, not an allelic disorder). */
  readonly maxGenes: number;
  /** Least pooled rate a term needs to be borrowed. */
  readonly minRate: number;
}

/** The series key of a label, an unnumbered label under its whole key (as `groupBySeries`). */
function keyOf(label: string): string | undefined {
  return seriesKey(label) ?? (wholeKey(label) || undefined);
}

/**
 * Recorded rate per term of one disease's cases: sum of the weights of cases whose present-term
 * closure holds the term, over the sum of all weights.
 */
export function recordedRates(cases: readonly { readonly weight: number; readonly closure: ReadonlySet<string> }[]): Map<string, number> {
  const n = cases.reduce((a, c) => a + c.weight, 0);
  const out = new Map<string, number>();
  if (!(n > 0)) return out;
  for (const c of cases) for (const t of c.closure) out.set(t, (out.get(t) ?? 0) + c.weight);
  for (const [t, k] of out) out.set(t, k / n);
  return out;
}

/**
 * Per borrower with at least one seen relative (never itself), the pooled recorded profile: the mean
 * over its relatives of their recorded rates, terms below `minRate` dropped. Relatives and terms are
 * visited in sorted order, so the result is deterministic.
 */
export function siblingProfiles(borrowers: readonly Borrower[], seen: readonly SeenRelative[], opt: SiblingOptions): Map<string, Map<string, number>> {
  const bySeries = new Map<string, SeenRelative[]>();
  const byGene = new Map<string, SeenRelative[]>();
  for (const r of [...seen].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const k = opt.series ? keyOf(r.label) : undefined;
    if (k !== undefined) (bySeries.get(k) ?? bySeries.set(k, []).get(k)!).push(r);
    if (opt.gene && r.genes.size > 0 && r.genes.size <= opt.maxGenes) for (const g of r.genes) (byGene.get(g) ?? byGene.set(g, []).get(g)!).push(r);
  }
  const out = new Map<string, Map<string, number>>();
  for (const b of borrowers) {
    const rel = new Map<string, SeenRelative>();
    const k = opt.series ? keyOf(b.label) : undefined;
    for (const r of k !== undefined ? bySeries.get(k) ?? [] : []) rel.set(r.id, r);
    if (opt.gene && b.genes.size > 0 && b.genes.size <= opt.maxGenes) for (const g of b.genes) for (const r of byGene.get(g) ?? []) rel.set(r.id, r);
    rel.delete(b.id);
    if (rel.size === 0) continue;
    const sum = new Map<string, number>();
    for (const id of [...rel.keys()].sort()) for (const [t, v] of rel.get(id)!.rates) sum.set(t, (sum.get(t) ?? 0) + v);
    const prof = new Map<string, number>();
    for (const t of [...sum.keys()].sort()) {
      const v = sum.get(t)! / rel.size;
      if (v >= opt.minRate) prof.set(t, v);
    }
    if (prof.size > 0) out.set(b.id, prof);
  }
  return out;
}

/** A disease's annotation profile for the similarity of lenders: its annotation closure, P(term or a descendant | d). */
export interface AnnotationProfile {
  readonly id: string;
  readonly closure: ReadonlyMap<string, number>;
}

/** How lenders are chosen by annotation similarity (the learner's `siblingSimilar*` parameters). */
export interface SimilarOptions {
  /** Most lenders per borrower (the nearest by similarity). */
  readonly k: number;
  /** Least cosine similarity a lender needs. */
  readonly minSimilarity: number;
  /** Least pooled rate a term needs to be borrowed. */
  readonly minRate: number;
}

/** Cosine-normalised sparse vector of a closure, each term weighted by its information content. */
function icVector(closure: ReadonlyMap<string, number>, ic: (t: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, p] of closure) {
    const x = p * ic(t);
    if (x > 0) {
      v.set(t, x);
      norm += x * x;
    }
  }
  const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [t, x] of v) v.set(t, x * s);
  return v;
}

/**
 * Relatives by annotation similarity: per borrower, the `k` seen diseases whose annotation closures are most alike
 * (cosine over terms weighted by information content, -log of the term's background), at least `minSimilarity`; the
 * borrowed profile is their recorded rates averaged with weights equal to the similarity. A disease thus learns how
 * patients of diseases annotated like it are recorded, and two borrowers borrow alike only as far as their own
 * annotations are alike. Deterministic (ties by id).
 */
export function similarProfiles(borrowers: readonly AnnotationProfile[], lenders: readonly (AnnotationProfile & { readonly rates: ReadonlyMap<string, number> })[], ic: (t: string) => number, opt: SimilarOptions): Map<string, Map<string, number>> {
  const sorted = [...lenders].sort((a, b) => (a.id < b.id ? -1 : 1));
  const posting = new Map<string, { i: number; x: number }[]>();
  sorted.forEach((l, i) => {
    for (const [t, x] of icVector(l.closure, ic)) (posting.get(t) ?? posting.set(t, []).get(t)!).push({ i, x });
  });
  const out = new Map<string, Map<string, number>>();
  const acc = new Float64Array(sorted.length);
  for (const b of borrowers) {
    acc.fill(0);
    for (const [t, x] of icVector(b.closure, ic)) for (const p of posting.get(t) ?? []) acc[p.i]! += x * p.x;
    const near = [...acc.keys()].filter((i) => sorted[i]!.id !== b.id && acc[i]! >= opt.minSimilarity).sort((i, j) => acc[j]! - acc[i]! || i - j).slice(0, opt.k);
    if (near.length === 0) continue;
    const sum = new Map<string, number>();
    let wsum = 0;
    for (const i of near) {
      wsum += acc[i]!;
      for (const [t, r] of sorted[i]!.rates) sum.set(t, (sum.get(t) ?? 0) + acc[i]! * r);
    }
    const prof = new Map<string, number>();
    for (const t of [...sum.keys()].sort()) {
      const v = sum.get(t)! / wsum;
      if (v >= opt.minRate) prof.set(t, v);
    }
    if (prof.size > 0) out.set(b.id, prof);
  }
  return out;
}
