/**
 * What patients show beyond a disease's annotations, learned from the diseases that have training cases
 * and transferred to every annotated disease (issue 12, thirteenth session).
 *
 * A disease's 2023 annotations do not reach many terms its patients' records carry (a record of global
 * developmental delay also lists intellectual disability; a cardiomyopathy record lists the ECG finding).
 * Diseases with training cases show which unreached terms come with which annotations: for every such
 * disease d, every annotated term a of d and every term b that d's cases record but d's annotations do
 * not reach (b is neither an annotation, an ancestor of one, nor a descendant of one), d adds the share
 * of its cases (weighed by publication) that record b to the pair (a, b). Pooled over diseases and
 * shrunk (q(a -> b) = sum over diseases annotated a of their share / (diseases annotated a + shrink)),
 * this is general knowledge about recording, not about any one disease. Any annotated disease e then
 * gets P(b | e) = 1 - prod over its annotations a of (1 - q(a -> b)) for the unreached terms where this
 * clearly exceeds the background: its few strongest, as extra annotation-prior entries. Pure.
 */

/** One disease with training cases: its annotated terms, what its annotations reach, and its cases. */
export interface TransferSource {
  /** Annotated (positive) terms. */
  readonly annotated: readonly string[];
  /** Terms the annotations reach: annotations and their ancestors. */
  readonly reached: ReadonlySet<string>;
  /** Per case: publication weight and its recorded present terms (resolved, most specific as recorded). */
  readonly cases: readonly { readonly weight: number; readonly terms: readonly string[] }[];
}

/** Settings of the transfer to one disease (the shrinkage is `learnTransfer`'s, applied when the table is learned). */
export interface TransferOptions {
  /** Least P(b | e) added. */
  readonly minProbability: number;
  /** Least ratio of P(b | e) to b's background. */
  readonly minRatio: number;
  /** Most terms added per disease (the strongest by ratio to background). */
  readonly maxTerms: number;
}

/** q(a -> b) per annotated term a: the unreached terms b its diseases' patients record, with their pooled share. */
export type TransferTable = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * Learns q(a -> b) from the sources. `closureOf(t)` is t with its ancestors (so a recorded term below
 * an annotation counts as reached through it).
 */
export function learnTransfer(sources: readonly TransferSource[], closureOf: (t: string) => readonly string[], shrink: number): TransferTable {
  const diseasesWith = new Map<string, number>();
  const sums = new Map<string, Map<string, number>>();
  for (const s of sources) {
    const n = s.cases.reduce((x, c) => x + c.weight, 0);
    if (!(n > 0)) continue;
    const annotated = new Set(s.annotated);
    const share = new Map<string, number>();
    for (const c of s.cases) {
      for (const b of new Set(c.terms)) {
        if (s.reached.has(b) || closureOf(b).some((x) => annotated.has(x))) continue;
        share.set(b, (share.get(b) ?? 0) + c.weight / n);
      }
    }
    for (const a of annotated) {
      diseasesWith.set(a, (diseasesWith.get(a) ?? 0) + 1);
      if (share.size === 0) continue;
      const row = sums.get(a) ?? sums.set(a, new Map()).get(a)!;
      for (const [b, v] of share) row.set(b, (row.get(b) ?? 0) + v);
    }
  }
  const out = new Map<string, Map<string, number>>();
  for (const [a, row] of sums) {
    const den = diseasesWith.get(a)! + shrink;
    out.set(a, new Map([...row].map(([b, v]) => [b, v / den])));
  }
  return out;
}

/**
 * The terms transferred to one disease: P(b | e) = 1 - prod over its annotations of (1 - q(a -> b)), for
 * unreached b above `minProbability` and `minRatio` x background, the `maxTerms` strongest by ratio
 * (ties by id). `reached` and `annotated` are the disease's own.
 */
export function transferredTerms(table: TransferTable, annotated: readonly string[], reached: ReadonlySet<string>, closureOf: (t: string) => readonly string[], leakOf: (t: string) => number, opt: TransferOptions): [string, number][] {
  const miss = new Map<string, number>();
  for (const a of annotated) {
    for (const [b, q] of table.get(a) ?? []) miss.set(b, (miss.get(b) ?? 1) * (1 - q));
  }
  const own = new Set(annotated);
  const out: [string, number, number][] = [];
  for (const [b, m] of miss) {
    const p = 1 - m;
    if (p < opt.minProbability || reached.has(b)) continue;
    const ratio = p / leakOf(b);
    if (ratio < opt.minRatio || closureOf(b).some((x) => own.has(x))) continue;
    out.push([b, p, ratio]);
  }
  out.sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1));
  return out.slice(0, opt.maxTerms).map(([b, p]) => [b, p]);
}
