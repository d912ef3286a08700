/**
 * Ontology similarity between a patient's terms and a disease's profile (Phenomizer, Köhler et al.
 * 2009): Resnik similarity of two terms is the information content of their most informative common
 * ancestor, IC(t) = -ln(share of the model's conditions whose profile closure contains t); a set pair
 * is compared by the symmetric best-match average, 1/2 (mean over patient terms of the best match in
 * the profile + mean over the profile's most specific terms of the best match in the patient).
 *
 * A condition's profile is what the model lists above the leak (annotations and, for seen diseases,
 * the terms their training cases recorded). Everything the hot loop reads is a typed array built once
 * per model: each term's ancestors by information content, and each profile's closure and most
 * specific terms in CSR form. `matchScore` is the fast form (one number, stamp arrays instead of sets);
 * `matchDetail` is the reference form with each patient term's exact share and what it matched, for
 * explanations and tests (the two agree to rounding). Pure; reads only the model.
 */
import { ancestorsOf, isAGraph } from './hierarchy.js';
import type { KnowledgeModel } from './model.js';

/** Term sets in CSR form: set i is `closure[closureStart[i] .. closureStart[i+1])` (sorted), likewise `specific`. */
export interface ProfileTable {
  readonly closureStart: Int32Array;
  readonly closure: Int32Array;
  readonly specificStart: Int32Array;
  readonly specific: Int32Array;
}

/** Precomputed ontology and profiles of one model. */
export interface SimilarityIndex {
  /** Finding id to term index (binary findings in the hierarchy only). */
  readonly termIndex: ReadonlyMap<string, number>;
  readonly termIds: readonly string[];
  /** Information content per term index (nats). */
  readonly ic: Float64Array;
  /** Per term: itself and its ancestors, by information content descending (ties by index), CSR. */
  readonly upStart: Int32Array;
  readonly up: Int32Array;
  /** Per condition (model order): its profile. */
  readonly profiles: ProfileTable;
  /** Scratch for `matchScore` (stamps per term); not part of the index's meaning. */
  readonly scratch: MatchScratch;
}

interface MatchScratch {
  /** Closure mark of the profile being scored (== stamp). */
  readonly mark: Int32Array;
  /** Query closure mark (== query stamp) and the query position that first reaches each ancestor. */
  readonly qMark: Int32Array;
  readonly owner: Int32Array;
  /** Best match in the patient of a profile term, memoised per query. */
  readonly backMark: Int32Array;
  readonly back: Float64Array;
  stamp: number;
  qStamp: number;
}

/** A patient's terms prepared once for comparing with many profiles. */
export interface PreparedQuery {
  /** Query positions (patient order). */
  readonly size: number;
  /** Term index per query position (-1: unknown to the model). */
  readonly terms: Int32Array;
  readonly known: number;
  /** The query stamp its marks carry in the index's scratch (the last prepared query only). */
  readonly stamp: number;
  /** The largest the patient-to-profile half can be: every term matched by itself (mean IC, halved). */
  readonly selfHalf: number;
}

function csr(sets: readonly (readonly number[] | Int32Array)[]): { start: Int32Array; flat: Int32Array } {
  const start = new Int32Array(sets.length + 1);
  for (let i = 0; i < sets.length; i++) start[i + 1] = start[i]! + sets[i]!.length;
  const flat = new Int32Array(start[sets.length]!);
  sets.forEach((s, i) => flat.set(s, start[i]!));
  return { start, flat };
}

/** Each term with its ancestors among the indexed terms, ascending, in CSR form (the hierarchy's `ancestorsOf`, one source). */
function ancestorTable(parents: Readonly<Record<string, readonly string[]>>, termIndex: ReadonlyMap<string, number>, ids: readonly string[]): { start: Int32Array; flat: Int32Array } {
  const g = isAGraph(parents, ids, termIndex);
  const anc = ids.map((_, t) => ancestorsOf(g, t));
  const start = new Int32Array(ids.length + 1);
  anc.forEach((a, t) => (start[t + 1] = start[t]! + a.length + (a.includes(t) ? 0 : 1)));
  const flat = new Int32Array(start[ids.length]!);
  anc.forEach((a, t) => {
    // t itself in its place (already there only on a cycle through t)
    let k = 0;
    let j = start[t]!;
    while (k < a.length && a[k]! < t) flat[j++] = a[k++]!;
    if (a[k] !== t) flat[j++] = t;
    flat.set(a.subarray(k), j);
  });
  return { start, flat };
}

type CloseSet = (terms: readonly number[]) => { closure: Int32Array; specific: Int32Array };

/**
 * Closure (sorted) and most specific terms (sorted) of sets of term indexes, given each term's ancestors (CSR);
 * stamp arrays instead of sets, since the index closes every condition's profile at load.
 */
function closer(n: number, upStart: Int32Array, up: Int32Array): CloseSet {
  const inClosure = new Int32Array(n);
  const covered = new Int32Array(n);
  let stamp = 0;
  return (terms) => {
    stamp++;
    const cl: number[] = [];
    for (const t of terms) {
      for (let j = upStart[t]!; j < upStart[t + 1]!; j++) {
        const a = up[j]!;
        if (inClosure[a] !== stamp) {
          inClosure[a] = stamp;
          cl.push(a);
        }
        if (a !== t) covered[a] = stamp;
      }
    }
    const spec: number[] = [];
    for (const t of terms) {
      if (covered[t] === stamp) continue;
      covered[t] = stamp; // once each
      spec.push(t);
    }
    return { closure: Int32Array.from(cl).sort(), specific: Int32Array.from(spec).sort() };
  };
}

/** Profiles of term-index sets, in CSR form (closure by `up`). */
export function profileTable(index: Pick<SimilarityIndex, 'upStart' | 'up'>, sets: readonly (readonly number[])[]): ProfileTable {
  const close = closer(index.upStart.length - 1, index.upStart, index.up);
  const closed = sets.map(close);
  const c = csr(closed.map((x) => x.closure));
  const s = csr(closed.map((x) => x.specific));
  return { closureStart: c.start, closure: c.flat, specificStart: s.start, specific: s.flat };
}

/**
 * Visits every (condition, term) pair of the profiles: each indexed term a condition lists with P(term | condition)
 * above the finding's leak, in the model's finding order. The one definition of a profile; the frequency-weighted
 * halves (frequency-similarity.ts) read P through it, so their weights stay aligned with the profiles.
 */
export function forEachListed(model: KnowledgeModel, termIndex: ReadonlyMap<string, number>, visit: (condition: number, term: number, p: number) => void): void {
  const condIndex = new Map(model.conditions.map((c, i) => [c.id, i]));
  for (const f of model.findings) {
    const ti = termIndex.get(f.id);
    if (ti === undefined || f.valueType !== 'binary') continue;
    for (const [cid, p] of Object.entries(model.likelihoods[f.id] ?? {})) {
      const ci = condIndex.get(cid);
      if (ci !== undefined && p[0]! > f.leak) visit(ci, ti, p[0]!);
    }
  }
}

/** The terms each condition lists above the finding's leak (its profile), as term indexes. */
function listedTerms(model: KnowledgeModel, termIndex: ReadonlyMap<string, number>): number[][] {
  const listed: number[][] = model.conditions.map(() => []);
  forEachListed(model, termIndex, (ci, ti) => listed[ci]!.push(ti));
  return listed;
}

/**
 * Builds the index: the terms are the binary findings in the hierarchy (with a parent or a child, or HPO ids); profiles are
 * the terms each condition lists with P(term | condition) above the term's leak.
 */
export function buildSimilarityIndex(model: KnowledgeModel): SimilarityIndex {
  const parents = model.hierarchy?.parents ?? {};
  const isParent = new Set(Object.values(parents).flat());
  const termIndex = new Map<string, number>();
  for (const f of model.findings) if (f.valueType === 'binary' && (parents[f.id] !== undefined || isParent.has(f.id) || /^HP:\d{7}$/.test(f.id))) termIndex.set(f.id, termIndex.size);
  const termIds = [...termIndex.keys()];
  const up = ancestorTable(parents, termIndex, termIds);
  const n = termIds.length;
  const listed = listedTerms(model, termIndex);
  // Profiles are closed once (the closure does not depend on the order of ancestors); IC counts them.
  const profiles = profileTable({ upStart: up.start, up: up.flat }, listed);
  const count = new Float64Array(n);
  for (let j = 0; j < profiles.closure.length; j++) count[profiles.closure[j]!]!++;
  const nC = model.conditions.length;
  const ic = Float64Array.from(count, (c) => Math.log(nC / Math.max(1, c)));
  for (let t = 0; t < n; t++) up.flat.subarray(up.start[t]!, up.start[t + 1]!).sort((x, y) => ic[y]! - ic[x]! || x - y);
  return { termIndex, termIds, ic, upStart: up.start, up: up.flat, profiles, scratch: matchScratch(n) };
}

/** Fresh scratch for an index over n terms (an index with other IC needs its own). */
export function matchScratch(n: number): SimilarityIndex['scratch'] {
  return { mark: new Int32Array(n), qMark: new Int32Array(n), owner: new Int32Array(n), backMark: new Int32Array(n), back: new Float64Array(n), stamp: 0, qStamp: 0 };
}

/** Term indexes of ids (unknown ids skipped). */
export function termsOf(index: SimilarityIndex, ids: readonly string[]): number[] {
  return ids.map((id) => index.termIndex.get(id)).filter((x): x is number => x !== undefined);
}

/**
 * Prepares the patient's term ids (unknown ones keep their position and get 0). Marks the query's
 * closure in the index's scratch, so only the last prepared query may be scored with `matchScore`.
 */
export function prepareQuery(index: SimilarityIndex, query: readonly string[]): PreparedQuery {
  const sc = index.scratch;
  if (sc.qStamp >= 0x7ffffff0) {
    sc.qMark.fill(0);
    sc.backMark.fill(0);
    sc.qStamp = 0;
  }
  const stamp = ++sc.qStamp;
  const terms = Int32Array.from(query, (id) => index.termIndex.get(id) ?? -1);
  let known = 0;
  let self = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    if (t < 0) continue;
    known++;
    self += index.ic[t]!;
    for (let j = index.upStart[t]!; j < index.upStart[t + 1]!; j++) {
      const a = index.up[j]!;
      if (sc.qMark[a] !== stamp) {
        sc.qMark[a] = stamp;
        sc.owner[a] = i;
      }
    }
  }
  return { size: query.length, terms, known, stamp, selfHalf: known === 0 ? 0 : self / (2 * known) };
}

/** Best match in the patient of profile term d: the IC of its most informative ancestor the patient reaches (memoised per query). */
export function backMatch(index: SimilarityIndex, d: number, stamp: number): number {
  const sc = index.scratch;
  if (sc.backMark[d] === stamp) return sc.back[d]!;
  let v = 0;
  for (let j = index.upStart[d]!; j < index.upStart[d + 1]!; j++) {
    const a = index.up[j]!;
    if (sc.qMark[a] === stamp) {
      v = index.ic[a]!;
      break;
    }
  }
  sc.backMark[d] = stamp;
  sc.back[d] = v;
  return v;
}

/** The profile-to-patient half of `matchScore` (mean best match of the profile's most specific terms, halved). */
export function backHalf(index: SimilarityIndex, q: PreparedQuery, table: ProfileTable, i: number): number {
  const s0 = table.specificStart[i]!;
  const s1 = table.specificStart[i + 1]!;
  if (q.known === 0 || s1 === s0) return 0;
  let bwd = 0;
  for (let j = s0; j < s1; j++) bwd += backMatch(index, table.specific[j]!, q.stamp);
  return bwd / (2 * (s1 - s0));
}

/**
 * Marks the closure terms of row i of `table` in the index's scratch (`scratch.mark[t] === stamp`) and returns the
 * stamp; the forward halves test a patient term's ancestors against it.
 */
export function markRow(index: SimilarityIndex, table: ProfileTable, i: number): number {
  const sc = index.scratch;
  if (sc.stamp >= 0x7ffffff0) {
    sc.mark.fill(0);
    sc.stamp = 0;
  }
  const stamp = ++sc.stamp;
  for (let j = table.closureStart[i]!; j < table.closureStart[i + 1]!; j++) sc.mark[table.closure[j]!] = stamp;
  return stamp;
}

/** The patient-to-profile half of `matchScore` (mean best match of the patient's terms, halved); at most `q.selfHalf`. */
export function forwardHalf(index: SimilarityIndex, q: PreparedQuery, table: ProfileTable, i: number): number {
  if (q.known === 0 || table.specificStart[i + 1] === table.specificStart[i]) return 0;
  const sc = index.scratch;
  const stamp = markRow(index, table, i);
  let fwd = 0;
  for (let k = 0; k < q.terms.length; k++) {
    const t = q.terms[k]!;
    if (t < 0) continue;
    for (let j = index.upStart[t]!; j < index.upStart[t + 1]!; j++) {
      const a = index.up[j]!;
      if (sc.mark[a] === stamp) {
        fwd += index.ic[a]!;
        break;
      }
    }
  }
  return fwd / (2 * q.known);
}

/**
 * The symmetric best-match average of the (last) prepared query against profile `i` of `table`: the
 * hot loop of the re-rank. Typed arrays and stamps only; no allocation.
 */
export function matchScore(index: SimilarityIndex, q: PreparedQuery, table: ProfileTable, i: number): number {
  return forwardHalf(index, q, table, i) + backHalf(index, q, table, i);
}

/** What one patient term matched in a profile: the profile term, their most informative common ancestor and its IC. */
export interface TermMatch {
  /** The patient's finding id. */
  readonly finding: string;
  /** The profile term whose closure holds the common ancestor (undefined: unknown term, no match). */
  readonly matched?: string;
  /** Their most informative common ancestor. */
  readonly via?: string;
  /** IC of `via` (nats). */
  readonly ic: number;
  /** This term's exact share of the similarity (both halves). */
  readonly share: number;
}

/** A similarity, its patient-to-profile half, and each patient term's match and exact share (aligned with the query). */
export interface MatchDetail {
  readonly score: number;
  readonly forward: number;
  readonly matches: readonly TermMatch[];
}

/**
 * The reference form of `matchScore`, for explanations and tests: each patient term's share is its own
 * best match / (2 |Q|) plus, for every profile term whose best match it is (the first patient term in
 * order to reach the common ancestor), that match / (2 |D|); the shares add up to the score. With
 * `forwardShare` a (the re-rank's option) the two parts weigh 2a and 2(1 - a) (0.5: the symmetric score).
 */
export function matchDetail(index: SimilarityIndex, query: readonly string[], table: ProfileTable, i: number, forwardShare = 0.5): MatchDetail {
  const terms = query.map((id) => index.termIndex.get(id));
  const known = terms.filter((t) => t !== undefined).length;
  const upOf = (t: number): Int32Array => index.up.subarray(index.upStart[t]!, index.upStart[t + 1]!);
  const closure = new Set(table.closure.subarray(table.closureStart[i]!, table.closureStart[i + 1]!));
  const spec = table.specific.subarray(table.specificStart[i]!, table.specificStart[i + 1]!);
  const share = new Array<number>(query.length).fill(0);
  const via = new Array<number | undefined>(query.length).fill(undefined);
  if (known === 0 || spec.length === 0) return { score: 0, forward: 0, matches: query.map((finding) => ({ finding, ic: 0, share: 0 })) };
  let forward = 0;
  terms.forEach((t, k) => {
    const a = t === undefined ? undefined : upOf(t).find((x) => closure.has(x));
    if (a === undefined) return;
    via[k] = a;
    forward += index.ic[a]!;
    share[k]! += (2 * forwardShare * index.ic[a]!) / (2 * known);
  });
  const owner = new Map<number, number>();
  terms.forEach((t, k) => {
    if (t !== undefined) for (const a of upOf(t)) if (!owner.has(a)) owner.set(a, k);
  });
  for (const d of spec) {
    const a = upOf(d).find((x) => owner.has(x));
    if (a !== undefined) share[owner.get(a)!]! += (2 * (1 - forwardShare) * index.ic[a]!) / (2 * spec.length);
  }
  const matches = query.map((finding, k): TermMatch => {
    const a = via[k];
    if (a === undefined) return { finding, ic: 0, share: share[k]! };
    const d = spec.find((x) => upOf(x).includes(a))!;
    return { finding, matched: index.termIds[d]!, via: index.termIds[a]!, ic: index.ic[a]!, share: share[k]! };
  });
  return { score: share.reduce((x, y) => x + y, 0), forward: forward / known, matches };
}
