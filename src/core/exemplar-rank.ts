/**
 * The exemplar re-rank: a second ranker over the model's leading conditions (docs/log/benchmark-history.md,
 * "Seen diseases, eleventh session"). Among the top K of the posterior, condition c is ordered by
 *   fused(c) = s(c) + w x max(sim(patient, profile of c), max over c's training cases e of sim(patient, e)),
 * where s is the model's score (nats) and sim the symmetric Resnik best-match average (`similarity.ts`), or,
 * with the model's `forwardShare` a, 2 (a x patient-to-profile half + (1 - a) x profile-to-patient half).
 * A training case taken alone keeps which findings occurred together in one patient, which the pooled
 * profile loses. The posterior stays the model's and remains the explanation's arithmetic; the re-rank
 * adds one line per condition saying which patient term matched which profile or training-case term.
 * Absent or disabled in the model: every ranking is the posterior's. Pure; the index is built once per
 * compiled model. The frequency-weighted similarity (`FuseOptions` powers, frequency-similarity.ts) is a measurement
 * option of the seventeenth session, not adopted: no model field sets it.
 */
import type { CompiledModel } from './compile.js';
import { InputError, issue } from './issues.js';
import type { ExemplarRerank } from './model.js';
import { scores, topK, type BeliefState } from './posterior.js';
import { caseFrequencyWeights, frequencyWeights, weightedBackHalf, weightedForwardHalf, type FrequencyWeights } from './frequency-similarity.js';
import { backHalf, buildSimilarityIndex, forwardHalf, matchDetail, matchScore, prepareQuery, profileTable, termsOf, type PreparedQuery, type ProfileTable, type SimilarityIndex, type TermMatch } from './similarity.js';

/** The re-rank's index: the ontology, the profiles, and every condition's training cases as profiles. */
export interface CompiledExemplars {
  readonly def: ExemplarRerank;
  readonly index: SimilarityIndex;
  /** Training cases as profiles; condition c owns rows `caseStart[c] .. caseStart[c+1]`. */
  readonly cases: ProfileTable;
  readonly caseStart: Int32Array;
}

/** Weight and depth of a re-rank (defaults: the model's). */
export interface FuseOptions {
  readonly weight?: number;
  readonly top?: number;
  /**
   * Share a of the patient-to-profile half in the similarity: sim = 2 (a x forward + (1 - a) x back), where
   * forward is the mean best match of the patient's terms and back that of the profile's (or training case's)
   * terms, each halved as in `matchScore`. 0.5 (default): the symmetric best-match average.
   */
  readonly forwardShare?: number;
  /**
   * Power on P(term | condition) weighing the profile's terms in the back half (0: unweighted; frequency-similarity.ts).
   * The three frequency options are for measurement (docs/sessions/17-rare.md, not adopted): no model field sets them,
   * and `explainFusion` refuses a ranking made with them (its per-term shares are of the plain similarity).
   */
  readonly backFrequencyPower?: number;
  /** Power on P(ancestor | condition) weighing a patient term's credit in the forward half (0: unweighted). */
  readonly forwardFrequencyPower?: number;
  /** With a frequency power: a training case's terms weigh by its condition's P too (false: a case's terms weigh 1). */
  readonly frequencyCases?: boolean;
  /**
   * With a frequency power: each profile's P taken relative to its own highest P (docs/sessions/18-rare.md; measurement
   * only). Training cases weighed by `frequencyCases` keep their condition's absolute P.
   */
  readonly relativeFrequency?: boolean;
  /**
   * Conditions without training cases keep the posterior's order among themselves (docs/sessions/19-rare.md; measurement
   * only, not adopted: no model field sets it): after the fused sort, the head's places held by conditions the re-rank
   * knows no training case of are re-filled with those same conditions in posterior order; conditions with training
   * cases keep their fused places. The similarity still decides between the two kinds. Absent: false.
   */
  readonly profileOnlyByPosterior?: boolean;
}

/** The re-ranked head of a ranking: the model's top K in fused order, with each one's similarity and best match. */
export interface FusedRanking {
  /** Condition indexes, best first (the model's top K, re-ordered). */
  readonly order: readonly number[];
  /** Aligned with `order`: the similarity (nats), the fused score, the model's own rank (0-based). */
  readonly similarity: Float64Array;
  readonly fused: Float64Array;
  readonly modelRank: Int32Array;
  /** Aligned with `order`: which profile matched best (-1: the condition's profile; j: its training case j). */
  readonly best: Int32Array;
  readonly weight: number;
  /** Share of the patient-to-profile half in the similarity (0.5: symmetric). */
  readonly forwardShare: number;
  /** The patient's terms compared (present, most specific, known to the ontology), in observed order. */
  readonly query: readonly string[];
  /** Whether the similarity was frequency-weighted (a measurement option; no per-term explanation). */
  readonly frequencyWeighted: boolean;
}

const byModel = new WeakMap<CompiledModel, CompiledExemplars | null>();

/** The compiled re-rank of a model (built once), or undefined when the model carries none. */
export function exemplarsOf(cm: CompiledModel): CompiledExemplars | undefined {
  const got = byModel.get(cm);
  if (got !== undefined) return got ?? undefined;
  const def = cm.model.exemplars;
  if (!def) {
    byModel.set(cm, null);
    return undefined;
  }
  const index = buildSimilarityIndex(cm.model);
  const sets: number[][] = [];
  const caseStart = new Int32Array(cm.nConditions + 1);
  for (let c = 0; c < cm.nConditions; c++) {
    for (const ids of def.cases[cm.model.conditions[c]!.id] ?? []) {
      const ts = termsOf(index, ids);
      if (ts.length > 0) sets.push(ts);
    }
    caseStart[c + 1] = sets.length;
  }
  const out: CompiledExemplars = { def, index, cases: profileTable(index, sets), caseStart };
  byModel.set(cm, out);
  return out;
}

/** Whether rankings of this model are re-ranked by default. */
export function fusionEnabled(cm: CompiledModel): boolean {
  return cm.model.exemplars?.enabled === true;
}

/** The patient's present findings known to the ontology, without any that is an ancestor of another (observed order, once each). */
export function fusionQuery(ex: CompiledExemplars, state: BeliefState): string[] {
  const { index } = ex;
  const present: number[] = [];
  const seen = new Set<number>();
  for (const o of state.observations) {
    if (!('present' in o) || !o.present) continue;
    const t = index.termIndex.get(o.id);
    if (t === undefined || seen.has(t)) continue;
    seen.add(t);
    present.push(t);
  }
  const covered = new Set<number>();
  for (const t of present) for (let j = index.upStart[t]!; j < index.upStart[t + 1]!; j++) if (index.up[j] !== t) covered.add(index.up[j]!);
  return present.filter((t) => !covered.has(t)).map((t) => index.termIds[t]!);
}

/**
 * Re-ranks the model's top K (by posterior `p`) by the fused score. Ties keep the model's order. The
 * hot loop compares the prepared patient with each candidate's profile and training cases through
 * typed arrays (`matchScore`).
 */
export function fuseRanking(ex: CompiledExemplars, state: BeliefState, p: Float64Array, opts: FuseOptions = {}): FusedRanking {
  const w = opts.weight ?? ex.def.weight;
  const cand = topK(p, opts.top ?? ex.def.top);
  const s = scores(state);
  const query = fusionQuery(ex, state);
  const q = prepareQuery(ex.index, query);
  const n = cand.length;
  const sim = new Float64Array(n);
  const best = new Int32Array(n);
  const share = opts.forwardShare ?? ex.def.forwardShare ?? 0.5;
  const gb = frequencyPower(opts, 'backFrequencyPower');
  const gf = frequencyPower(opts, 'forwardFrequencyPower');
  const fw = gb !== 0 || gf !== 0 ? frequencyWeights(state.cm.model, ex.index, gb, gf, opts.relativeFrequency === true) : undefined;
  const cw = fw && opts.frequencyCases ? caseFrequencyWeights(state.cm.model, ex.index, ex.cases, ex.caseStart, gb, gf) : undefined;
  for (let i = 0; i < n; i++) {
    const c = cand[i]!;
    const v0 = profileSimilarity(ex, q, c, share, fw);
    const [v, b] = share === 0.5 && !cw ? bestSymmetric(ex, q, c, v0) : bestWeighted(ex, q, c, share, v0, cw);
    sim[i] = v;
    best[i] = b;
  }
  const fusedAt = Float64Array.from(cand, (c, i) => s[c]! + w * sim[i]!);
  const perm = Array.from({ length: n }, (_, i) => i).sort((a, b) => fusedAt[b]! - fusedAt[a]! || a - b);
  if (opts.profileOnlyByPosterior === true) posteriorOrderWithoutCases(perm, cand, ex.caseStart);
  return {
    order: perm.map((i) => cand[i]!),
    similarity: Float64Array.from(perm, (i) => sim[i]!),
    fused: Float64Array.from(perm, (i) => fusedAt[i]!),
    modelRank: Int32Array.from(perm),
    best: Int32Array.from(perm, (i) => best[i]!),
    weight: w,
    forwardShare: share,
    query,
    frequencyWeighted: fw !== undefined,
  };
}

/**
 * Re-fills, in place, the places of `perm` (indexes into `cand`, the posterior's top K in order) that hold a condition
 * without training cases with those same indexes ascending, i.e. in posterior order; the other places are untouched.
 */
function posteriorOrderWithoutCases(perm: number[], cand: readonly number[], caseStart: Int32Array): void {
  const places: number[] = [];
  for (let i = 0; i < perm.length; i++) {
    const c = cand[perm[i]!]!;
    if (caseStart[c + 1] === caseStart[c]) places.push(i);
  }
  const held = places.map((i) => perm[i]!).sort((a, b) => a - b);
  places.forEach((i, j) => (perm[i] = held[j]!));
}

/**
 * A frequency power of the options (absent: 0). A power must be finite and >= 0: then every weight P^power is <= 1,
 * which the forward half's early stop and the re-rank's skip bound rely on (a negative power would give P 0 the weight
 * Infinity).
 */
function frequencyPower(opts: FuseOptions, key: 'backFrequencyPower' | 'forwardFrequencyPower'): number {
  const g = opts[key] ?? 0;
  if (!(Number.isFinite(g) && g >= 0)) throw new InputError([issue('range', `$.${key}`, `${key} must be a finite number >= 0`)]);
  return g;
}

/** Condition c's profile similarity: halves weighed a and 1 - a (times 2), frequency-weighted when `fw` is given. */
function profileSimilarity(ex: CompiledExemplars, q: PreparedQuery, c: number, a: number, fw: FrequencyWeights | undefined): number {
  const t = ex.index.profiles;
  if (!fw) return a === 0.5 ? matchScore(ex.index, q, t, c) : 2 * (a * forwardHalf(ex.index, q, t, c) + (1 - a) * backHalf(ex.index, q, t, c));
  return 2 * (a * weightedForwardHalf(ex.index, q, fw, c) + (1 - a) * weightedBackHalf(ex.index, q, fw, c));
}

/** The best symmetric similarity of condition c over its profile (similarity v0) and its training cases, and which matched (-1: the profile). */
function bestSymmetric(ex: CompiledExemplars, q: PreparedQuery, c: number, v0: number): [number, number] {
  let v = v0;
  let b = -1;
  for (let j = ex.caseStart[c]!; j < ex.caseStart[c + 1]!; j++) {
    // The cheap half first (memoised per query); the forward half cannot exceed selfHalf, so a case that
    // could not beat the best so far even then is skipped (exact: the maximum is unchanged).
    const back = backHalf(ex.index, q, ex.cases, j);
    if (back + q.selfHalf <= v) continue;
    const e = back + forwardHalf(ex.index, q, ex.cases, j);
    if (e > v) {
      v = e;
      b = j - ex.caseStart[c]!;
    }
  }
  return [v, b];
}

/**
 * As `bestSymmetric` with the halves weighed a (patient-to-profile) and 1 - a, times 2 (same scale); with `cw` the
 * training cases' halves are frequency-weighted (a weighted forward half is still at most `q.selfHalf`).
 */
function bestWeighted(ex: CompiledExemplars, q: PreparedQuery, c: number, a: number, v0: number, cw?: FrequencyWeights): [number, number] {
  let v = v0;
  let b = -1;
  for (let j = ex.caseStart[c]!; j < ex.caseStart[c + 1]!; j++) {
    const back = cw ? weightedBackHalf(ex.index, q, cw, j, ex.cases) : backHalf(ex.index, q, ex.cases, j);
    if (2 * (a * q.selfHalf + (1 - a) * back) <= v) continue;
    const e = 2 * (a * (cw ? weightedForwardHalf(ex.index, q, cw, j, ex.cases) : forwardHalf(ex.index, q, ex.cases, j)) + (1 - a) * back);
    if (e > v) {
      v = e;
      b = j - ex.caseStart[c]!;
    }
  }
  return [v, b];
}

/**
 * The product's ranking of the first `n` conditions: the fused order over the re-ranked head, then the
 * posterior's order; the posterior's alone when the model has no enabled re-rank (or `opts` is undefined
 * and the model's re-rank is off).
 */
export function rankConditions(state: BeliefState, p: Float64Array, n: number, opts?: FuseOptions): number[] {
  const ex = opts || fusionEnabled(state.cm) ? exemplarsOf(state.cm) : undefined;
  if (!ex) return topK(p, n);
  const head = fuseRanking(ex, state, p, opts).order;
  if (head.length >= n) return head.slice(0, n);
  const inHead = new Set(head);
  return head.concat(topK(p, n).filter((c) => !inHead.has(c))).slice(0, n);
}

/** Why a condition stands where it does in the fused order: its similarity and what each patient term matched. */
export interface FusionExplanation {
  /** Similarity (nats), the weight, and the fused score = model score + weight x similarity. */
  readonly similarity: number;
  readonly weight: number;
  readonly fusedScore: number;
  /** The model's own rank and the fused rank (1-based). */
  readonly modelRank: number;
  readonly fusedRank: number;
  /** The profile that matched best: the condition's profile (annotations and pooled cases) or one training case. */
  readonly source: { readonly kind: 'profile' } | { readonly kind: 'training-case'; readonly case: number; readonly of: number };
  /** Per patient term: the profile or case term it matched best, their common ancestor and its IC, its share. */
  readonly matches: readonly TermMatch[];
  /** One line for a clinician: the strongest match, with its IC. */
  readonly line: string;
}

/** The explanation of entry `i` of a fused ranking (shares add up to the similarity; `label` names terms). */
export function explainFusion(ex: CompiledExemplars, ranking: FusedRanking, i: number, label: (id: string) => string = (id) => id): FusionExplanation {
  if (ranking.frequencyWeighted) throw new Error('explainFusion: a frequency-weighted ranking (measurement option) has no per-term explanation');
  const c = ranking.order[i]!;
  const b = ranking.best[i]!;
  const a = ranking.forwardShare;
  const detail = b < 0 ? matchDetail(ex.index, ranking.query, ex.index.profiles, c, a) : matchDetail(ex.index, ranking.query, ex.cases, ex.caseStart[c]! + b, a);
  const of = ex.caseStart[c + 1]! - ex.caseStart[c]!;
  const source = b < 0 ? { kind: 'profile' as const } : { kind: 'training-case' as const, case: b + 1, of };
  let top: TermMatch | undefined;
  for (const m of detail.matches) if (m.via !== undefined && (!top || m.ic > top.ic)) top = m;
  const where = b < 0 ? 'its profile' : `training case ${b + 1} of ${of}`;
  const sim = ranking.similarity[i]!;
  const line = top
    ? `similarity ${sim.toFixed(2)} nats (x ${ranking.weight} = +${(ranking.weight * sim).toFixed(2)}), best with ${where}: ${label(top.finding)} ~ ${label(top.matched!)} via ${label(top.via!)} (IC ${top.ic.toFixed(2)})`
    : `similarity 0: no patient term matched ${where}`;
  return { similarity: sim, weight: ranking.weight, fusedScore: ranking.fused[i]!, modelRank: ranking.modelRank[i]! + 1, fusedRank: i + 1, source, matches: detail.matches, line };
}
