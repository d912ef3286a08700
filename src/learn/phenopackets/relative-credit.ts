/**
 * Credit for a patient's term that is a near relative (sibling, cousin) of a disease's term, not its
 * ancestor or descendant. Two publications of one disease rarely record the same terms: one writes
 * "Hypoplasia of the corpus callosum", the other "Agenesis of the corpus callosum". The compile step
 * already credits ancestors (noisy-OR) and descendants (`descendantCredit`) of a listed term, but a
 * sibling gets only its background leak, so for a disease known from one or two case reports one
 * differently worded finding counts for nothing.
 *
 * Here a term v near a most specific listed term t gets P(v | d) = leak(v) * credit * P(u | d) / leak(u),
 * u being the common ancestor of t and v at most `depth` levels above t (v at most as many levels
 * below u): observing v carries a share of the likelihood ratio of their common ancestor, an
 * information-content credit like Resnik's similarity. Written as explicit likelihood entries, so
 * each finding's contribution to each disease stays exact. Entries the model lists, their closure,
 * descendants of most specific terms (the compile step credits those) and descendants of NOT entries
 * are left alone.
 */
import { roundSig } from '../artifact.js';
import { ancestors, type Ontology } from './obo.js';

export interface RelativeCreditOptions {
  /** Share of the common ancestor's likelihood ratio (0: off). */
  readonly credit: number;
  /** How many levels above a most specific term the common ancestor may be (1: siblings, 2: cousins). */
  readonly depth: number;
  /** At most this many relatives per common ancestor (nearest first). */
  readonly maxRelatives: number;
}

/** Live children of each term, for walking down. */
function childrenOf(o: Ontology, live: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of live) for (const p of o.terms.get(t)!.parents) if (live.has(p)) (out.get(p) ?? out.set(p, []).get(p)!).push(t);
  for (const cs of out.values()) cs.sort();
  return out;
}

/**
 * Adds relative-credit entries to `likelihoods` (term -> disease -> [p]) for the diseases in `scope`.
 * `closure(d)` gives the disease's annotation closure for ancestors it does not list explicitly.
 */
export function addRelativeCredit(
  o: Ontology,
  live: ReadonlySet<string>,
  likelihoods: Record<string, Record<string, number[]>>,
  leakOf: (t: string) => number,
  closure: (d: string) => ReadonlyMap<string, number> | undefined,
  scope: ReadonlySet<string>,
  opt: RelativeCreditOptions,
): number {
  if (!(opt.credit > 0) || opt.depth < 1 || scope.size === 0) return 0;
  const children = childrenOf(o, live);
  const parentsOf = (t: string): string[] => o.terms.get(t)!.parents.filter((p) => live.has(p));
  // Terms exactly k levels below u (breadth first, nearest kept under the cap), memoised.
  const belowMemo = new Map<string, readonly string[]>();
  const below = (u: string, k: number): readonly string[] => {
    const key = `${u}|${k}`;
    const hit = belowMemo.get(key);
    if (hit) return hit;
    const seen = new Set<string>();
    let frontier = [u];
    for (let level = 0; level < k && seen.size < opt.maxRelatives; level++) {
      const next: string[] = [];
      for (const f of frontier) for (const c of children.get(f) ?? []) if (!seen.has(c) && seen.size < opt.maxRelatives) (seen.add(c), next.push(c));
      frontier = next;
    }
    const out = [...seen];
    belowMemo.set(key, out);
    return out;
  };
  const entries = new Map<string, Map<string, number>>();
  for (const t of Object.keys(likelihoods).sort()) {
    for (const [d, v] of Object.entries(likelihoods[t]!)) if (scope.has(d)) (entries.get(d) ?? entries.set(d, new Map()).get(d)!).set(t, v[0]!);
  }
  let added = 0;
  for (const d of [...scope].sort()) {
    const e = entries.get(d);
    if (!e) continue;
    const cl = closure(d);
    const valueOf = (u: string): number | undefined => e.get(u) ?? cl?.get(u);
    const raising = [...e.keys()].filter((t) => e.get(t)! > leakOf(t));
    const lowered = new Set([...e.keys()].filter((t) => e.get(t)! < leakOf(t)));
    const nonLeaf = new Set<string>();
    for (const t of raising) for (const a of ancestors(o, t)) nonLeaf.add(a);
    const leaves = new Set(raising.filter((t) => !nonLeaf.has(t)));
    const best = new Map<string, number>();
    for (const t of [...leaves].sort()) {
      let level = [t];
      for (let k = 1; k <= opt.depth; k++) {
        level = [...new Set(level.flatMap(parentsOf))];
        for (const u of level) {
          const pu = valueOf(u);
          if (pu === undefined || !(pu > leakOf(u))) continue;
          const r = (opt.credit * pu) / leakOf(u);
          if (!(r > 1)) continue;
          for (const v of below(u, k)) {
            if (e.has(v) || nonLeaf.has(v) || cl?.has(v)) continue;
            const anc = ancestors(o, v);
            if (anc.some((a) => leaves.has(a) || lowered.has(a))) continue;
            const p = Math.min(0.5, leakOf(v) * r);
            if (p > (best.get(v) ?? 0)) best.set(v, p);
          }
        }
      }
    }
    for (const [v, p] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      (likelihoods[v] ??= {})[d] = [roundSig(p, 3)];
      added++;
    }
  }
  return added;
}
