/**
 * Ontology similarity between a patient's terms and a disease's profile (Phenomizer, Köhler et al.
 * 2009): Resnik similarity of two terms is the information content of their most informative common
 * ancestor, IC(t) = -ln(share of diseases whose profile closure contains t); a set pair is compared
 * by the symmetric best-match average, 1/2 (mean over patient terms of the best match in the disease
 * + mean over the disease's most specific terms of the best match in the patient).
 *
 * A disease's profile is what the model lists above the leak (annotations and training cases), so
 * seen diseases include the terms their cases recorded. The score splits exactly over the patient's
 * terms: each gets its own best match / (2 |Q|) plus, for every disease term whose best match it is
 * (first in the patient's order on ties), that match / (2 |D|). Pure; reads only the model.
 */
import type { KnowledgeModel } from '../../core/model.js';

/** Precomputed ontology and profiles of one model. */
export interface SimilarityIndex {
  /** Finding id to index (HPO terms in the hierarchy only). */
  readonly termIndex: ReadonlyMap<string, number>;
  /** Information content per term index (nats). */
  readonly ic: Float64Array;
  /** Per term: itself and its ancestors, by information content descending. */
  readonly up: readonly Int32Array[];
  /** Per condition (model order): closure of its profile, sorted ascending. */
  readonly closure: readonly Int32Array[];
  /** Per condition: its most specific profile terms. */
  readonly specific: readonly Int32Array[];
}

/** A similarity and each patient term's exact share of it (aligned with the query). */
export interface SimilarityScore {
  readonly score: number;
  /** The patient-to-disease half alone (mean best match of the patient's terms, 1/2 of it is in `score`). */
  readonly forward: number;
  readonly perTerm: readonly number[];
}

function has(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function ancestorTable(model: KnowledgeModel, termIndex: ReadonlyMap<string, number>): Int32Array[] {
  const parents = model.hierarchy?.parents ?? {};
  const n = termIndex.size;
  const ids = [...termIndex.keys()];
  const up: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(n);
  const visit = (t: number): Int32Array => {
    const got = up[t];
    if (got) return got;
    const s = new Set<number>([t]);
    for (const p of parents[ids[t]!] ?? []) {
      const pi = termIndex.get(p);
      if (pi !== undefined && pi !== t) for (const a of visit(pi)) s.add(a);
    }
    const a = Int32Array.from(s).sort();
    up[t] = a;
    return a;
  };
  for (let t = 0; t < n; t++) visit(t);
  return up as Int32Array[];
}

/** Builds the index: profiles are the terms each condition lists with P(term | condition) above the term's leak. */
export function buildSimilarityIndex(model: KnowledgeModel): SimilarityIndex {
  const parents = model.hierarchy?.parents ?? {};
  const termIndex = new Map<string, number>();
  for (const f of model.findings) if (f.valueType === 'binary' && (parents[f.id] !== undefined || /^HP:\d{7}$/.test(f.id))) termIndex.set(f.id, termIndex.size);
  const up = ancestorTable(model, termIndex);
  const condIndex = new Map(model.conditions.map((c, i) => [c.id, i]));
  const listed: number[][] = model.conditions.map(() => []);
  for (const f of model.findings) {
    const ti = termIndex.get(f.id);
    if (ti === undefined || f.valueType !== 'binary') continue;
    for (const [cid, p] of Object.entries(model.likelihoods[f.id] ?? {})) {
      const ci = condIndex.get(cid);
      if (ci !== undefined && p[0]! > f.leak) listed[ci]!.push(ti);
    }
  }
  const count = new Float64Array(termIndex.size);
  const closure = listed.map((ts) => {
    const s = new Set<number>();
    for (const t of ts) for (const a of up[t]!) s.add(a);
    for (const a of s) count[a]!++;
    return Int32Array.from(s).sort();
  });
  const specific = listed.map((ts) => {
    const all = new Set(ts);
    const covered = new Set<number>();
    for (const t of all) for (const a of up[t]!) if (a !== t) covered.add(a);
    return Int32Array.from([...all].filter((t) => !covered.has(t))).sort();
  });
  const nC = model.conditions.length;
  const ic = Float64Array.from(count, (c) => Math.log(nC / Math.max(1, c)));
  const byIc = up.map((a) => Int32Array.from([...a].sort((x, y) => ic[y]! - ic[x]! || x - y)));
  return { termIndex, ic, up: byIc, closure, specific };
}

/**
 * Symmetric best-match average of the patient's terms (ids; unknown ones are skipped and get 0)
 * against condition `c` (model index), with each patient term's exact share.
 */
export function similarity(index: SimilarityIndex, query: readonly string[] | PreparedQuery, c: number): SimilarityScore {
  return similarityTo(index, query, { closure: index.closure[c]!, specific: index.specific[c]! });
}

/** A profile to compare with: its closure (sorted ascending) and its most specific terms (term indexes). */
export interface TermProfile {
  readonly closure: Int32Array;
  readonly specific: Int32Array;
}

/** The profile of a set of term ids (a training case's present terms, say); unknown ids are skipped. */
export function profileOf(index: SimilarityIndex, ids: readonly string[]): TermProfile {
  const ts = ids.map((id) => index.termIndex.get(id)).filter((x): x is number => x !== undefined);
  const s = new Set<number>();
  for (const t of ts) for (const a of index.up[t]!) s.add(a);
  const covered = new Set<number>();
  for (const t of ts) for (const a of index.up[t]!) if (a !== t) covered.add(a);
  return { closure: Int32Array.from(s).sort(), specific: Int32Array.from(new Set(ts.filter((t) => !covered.has(t)))).sort() };
}

/** A patient's terms prepared once for comparing with many profiles. */
export interface PreparedQuery {
  readonly size: number;
  /** Term index per query position (undefined: unknown to the model). */
  readonly terms: readonly (number | undefined)[];
  readonly known: number;
  /** Which query position first reaches each ancestor (credit for the disease-to-patient half). */
  readonly owner: ReadonlyMap<number, number>;
}

/** Prepares the patient's term ids (unknown ones are kept in place and get 0). */
export function prepareQuery(index: SimilarityIndex, query: readonly string[]): PreparedQuery {
  const terms = query.map((id) => index.termIndex.get(id));
  const owner = new Map<number, number>();
  terms.forEach((t, i) => {
    if (t !== undefined) for (const a of index.up[t]!) if (!owner.has(a)) owner.set(a, i);
  });
  return { size: query.length, terms, known: terms.filter((t) => t !== undefined).length, owner };
}

/** `similarity` against any profile, for a query given as ids or prepared. */
export function similarityTo(index: SimilarityIndex, query: readonly string[] | PreparedQuery, profile: TermProfile): SimilarityScore {
  const pq = 'owner' in query ? query : prepareQuery(index, query);
  const perTerm = new Array<number>(pq.size).fill(0);
  const spec = profile.specific;
  if (pq.known === 0 || spec.length === 0) return { score: 0, forward: 0, perTerm };
  const closure = profile.closure;
  let score = 0;
  pq.terms.forEach((t, i) => {
    if (t === undefined) return;
    for (const a of index.up[t]!) {
      if (has(closure, a)) {
        const v = index.ic[a]! / (2 * pq.known);
        perTerm[i]! += v;
        score += v;
        return;
      }
    }
  });
  const forward = 2 * score;
  for (const d of spec) {
    for (const a of index.up[d]!) {
      const i = pq.owner.get(a);
      if (i !== undefined) {
        const v = index.ic[a]! / (2 * spec.length);
        perTerm[i]! += v;
        score += v;
        break;
      }
    }
  }
  return { score, forward, perTerm };
}
