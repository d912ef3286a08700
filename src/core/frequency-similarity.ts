/**
 * Frequency-aware halves of the re-rank's profile similarity (`similarity.ts`; docs/sessions/17-rare.md). The plain
 * best-match average weighs every term a condition's profile lists alike, although the model says how often the
 * condition's patients show each (P(term | condition): annotation frequency, case-updated for seen diseases). Here
 * the profile-to-patient (back) half is the mean of the profile's most specific terms' best matches weighted by
 * P^backPower, and in the patient-to-profile (forward) half a patient term's credit is the best IC(a) x
 * P(a | condition)^forwardPower over the ancestors a it shares with the profile (not only the most informative one),
 * P(a) being the highest P the profile lists for a or a term below it. Powers must be >= 0 (`fuseRanking` checks):
 * then weights are <= 1, so a patient term's credit never exceeds its own IC. Powers 0 give the plain halves. Condition profiles are weighted; training cases only on request (`caseFrequencyWeights`: a case's
 * terms by its condition's P); `relative`: each profile's P divided by its own highest P (eighteenth session). Measurement options of the re-rank, not adopted. Pure; the probabilities are read once
 * per index, the weights once per pair of powers.
 */
import type { KnowledgeModel } from './model.js';
import { backMatch, forEachListed, markRow, type PreparedQuery, type ProfileTable, type SimilarityIndex } from './similarity.js';

/** P per position of the index's condition profiles: aligned with `profiles.closure` and `profiles.specific`. */
interface ProfileFrequencies {
  readonly closure: Float64Array;
  readonly specific: Float64Array;
}

/**
 * Per-position weights of one pair of powers, and the forward half's scratch (term -> weight in the row the index's
 * scratch has marked, `markRow`).
 */
export interface FrequencyWeights {
  readonly closure: Float64Array;
  readonly specific: Float64Array;
  readonly markWeight: Float64Array;
}

const freqByIndex = new WeakMap<SimilarityIndex, ProfileFrequencies>();
const weightsByIndex = new WeakMap<SimilarityIndex, Map<string, FrequencyWeights>>();

/** Each condition's listed P(term | condition) above the term's leak, by term index (the profile's own terms). */
function listedProbabilities(model: KnowledgeModel, index: SimilarityIndex): Map<number, number>[] {
  const out = model.conditions.map(() => new Map<number, number>());
  forEachListed(model, index.termIndex, (ci, ti, p) => out[ci]!.set(ti, p));
  return out;
}

/**
 * P per position of `t` (condition c owns rows `rowsOf(c)`), from the owning condition's listed P: a closure term takes
 * the highest P listed for it or a term below it; a term the condition does not list has P 0.
 */
function rowFrequencies(index: SimilarityIndex, listed: readonly ReadonlyMap<number, number>[], t: ProfileTable, rowsOf: (c: number) => [number, number]): ProfileFrequencies {
  const { upStart, up } = index;
  const closure = new Float64Array(t.closure.length);
  const specific = new Float64Array(t.specific.length);
  const best = new Float64Array(index.termIds.length);
  listed.forEach((row, c) => {
    const [r0, r1] = rowsOf(c);
    if (r1 === r0) return;
    const touched: number[] = [];
    for (const [term, p] of row) {
      for (let j = upStart[term]!; j < upStart[term + 1]!; j++) {
        if (best[up[j]!] === 0) touched.push(up[j]!);
        best[up[j]!] = Math.max(best[up[j]!]!, p);
      }
    }
    for (let j = t.closureStart[r0]!; j < t.closureStart[r1]!; j++) closure[j] = best[t.closure[j]!]!;
    for (let j = t.specificStart[r0]!; j < t.specificStart[r1]!; j++) specific[j] = best[t.specific[j]!]!;
    for (const a of touched) best[a] = 0;
  });
  return { closure, specific };
}

/** The profiles' probabilities (cached per index). */
function profileFrequencies(model: KnowledgeModel, index: SimilarityIndex): ProfileFrequencies {
  const got = freqByIndex.get(index);
  if (got) return got;
  const out = rowFrequencies(index, listedProbabilities(model, index), index.profiles, (c) => [c, c + 1]);
  freqByIndex.set(index, out);
  return out;
}

/** Weights P^power per position (forward power on closure positions, back power on most specific ones), with fresh scratch. */
function powered(f: ProfileFrequencies, n: number, backPower: number, forwardPower: number): FrequencyWeights {
  return {
    closure: Float64Array.from(f.closure, (p) => Math.pow(p, forwardPower)),
    specific: Float64Array.from(f.specific, (p) => Math.pow(p, backPower)),
    markWeight: new Float64Array(n),
  };
}

/** Cached per index, key and pair of powers. */
function cached(index: SimilarityIndex, key: string, make: () => FrequencyWeights): FrequencyWeights {
  const byKey = weightsByIndex.get(index) ?? weightsByIndex.set(index, new Map()).get(index)!;
  return byKey.get(key) ?? byKey.set(key, make()).get(key)!;
}

/**
 * The weights of the index's condition profiles for a pair of powers (built once per index and pair).
 * @param model the model the index was built from (its likelihoods give P)
 * @param backPower power on P of the profile's most specific terms in the back half (0: unweighted)
 * @param forwardPower power on P of the reached ancestor in the forward half (0: unweighted)
 * @param relative weigh by P / the profile's highest P (`relativeToRowMax`)
 */
export function frequencyWeights(model: KnowledgeModel, index: SimilarityIndex, backPower: number, forwardPower: number, relative = false): FrequencyWeights {
  return cached(index, `profiles ${backPower}/${forwardPower}${relative ? ' relative' : ''}`, () => {
    const f = profileFrequencies(model, index);
    return powered(relative ? relativeToRowMax(f, index.profiles) : f, index.termIds.length, backPower, forwardPower);
  });
}

/**
 * Each row's P divided by the row's highest P (docs/sessions/18-rare.md): a profile's most frequent term weighs 1,
 * so weights order terms within a profile without discounting one profile against another (or against a training
 * case, whose terms weigh 1). The highest P of a row is that of its closure (a closure term takes the highest P below it).
 */
function relativeToRowMax(f: ProfileFrequencies, t: ProfileTable): ProfileFrequencies {
  const closure = new Float64Array(f.closure.length);
  const specific = new Float64Array(f.specific.length);
  for (let i = 0; i + 1 < t.closureStart.length; i++) {
    let max = 0;
    for (let j = t.closureStart[i]!; j < t.closureStart[i + 1]!; j++) max = Math.max(max, f.closure[j]!);
    const scale = max > 0 ? 1 / max : 0;
    for (let j = t.closureStart[i]!; j < t.closureStart[i + 1]!; j++) closure[j] = f.closure[j]! * scale;
    for (let j = t.specificStart[i]!; j < t.specificStart[i + 1]!; j++) specific[j] = f.specific[j]! * scale;
  }
  return { closure, specific };
}

/**
 * The same weights for training cases (`cases`, condition c owning rows `caseStart[c] .. caseStart[c+1]`): each term of
 * a case weighs by its condition's P, so a case is matched on what is typical of its disease, as a profile is.
 */
export function caseFrequencyWeights(model: KnowledgeModel, index: SimilarityIndex, cases: ProfileTable, caseStart: Int32Array, backPower: number, forwardPower: number): FrequencyWeights {
  return cached(index, `cases ${backPower}/${forwardPower}`, () => {
    const f = rowFrequencies(index, listedProbabilities(model, index), cases, (c) => [caseStart[c]!, caseStart[c + 1]!]);
    return powered(f, index.termIds.length, backPower, forwardPower);
  });
}

/** The back half of row i of `t` (the index's profiles unless given) with each most specific term weighed (halved, as `backHalf`). */
export function weightedBackHalf(index: SimilarityIndex, q: PreparedQuery, w: FrequencyWeights, i: number, t: ProfileTable = index.profiles): number {
  const s0 = t.specificStart[i]!;
  const s1 = t.specificStart[i + 1]!;
  if (q.known === 0 || s1 === s0) return 0;
  let num = 0;
  let den = 0;
  for (let j = s0; j < s1; j++) {
    num += w.specific[j]! * backMatch(index, t.specific[j]!, q.stamp);
    den += w.specific[j]!;
  }
  return den > 0 ? num / (2 * den) : 0;
}

/**
 * The forward half of condition c's profile: each patient term's credit is the best IC(a) x weight(a) over the
 * ancestors a it shares with the profile (ancestors come by IC descending and weights are <= 1, so the scan stops
 * once IC alone cannot win); at most `q.selfHalf`.
 */
export function weightedForwardHalf(index: SimilarityIndex, q: PreparedQuery, w: FrequencyWeights, i: number, t: ProfileTable = index.profiles): number {
  if (q.known === 0 || t.specificStart[i + 1] === t.specificStart[i]) return 0;
  const stamp = markRow(index, t, i);
  const mark = index.scratch.mark;
  for (let j = t.closureStart[i]!; j < t.closureStart[i + 1]!; j++) w.markWeight[t.closure[j]!] = w.closure[j]!;
  let fwd = 0;
  for (let k = 0; k < q.terms.length; k++) {
    const term = q.terms[k]!;
    if (term < 0) continue;
    let best = 0;
    for (let j = index.upStart[term]!; j < index.upStart[term + 1]!; j++) {
      const a = index.up[j]!;
      if (index.ic[a]! <= best) break;
      if (mark[a] === stamp) best = Math.max(best, index.ic[a]! * w.markWeight[a]!);
    }
    fwd += best;
  }
  return fwd / (2 * q.known);
}
