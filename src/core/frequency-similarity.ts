/**
 * Frequency-aware halves of the re-rank's profile similarity (`similarity.ts`; docs/sessions/17-rare.md). The plain
 * best-match average weighs every term a condition's profile lists alike, although the model says how often the
 * condition's patients show each (P(term | condition): annotation frequency, case-updated for seen diseases). Here
 * the profile-to-patient (back) half is the mean of the profile's most specific terms' best matches weighted by
 * P^backPower, and in the patient-to-profile (forward) half a patient term's credit IC(a) is multiplied by
 * P(a | condition)^forwardPower, a being the common ancestor it reached and P(a) the highest P the profile lists for
 * a or a term below it. Weights are <= 1, so a patient term's credit never exceeds its own IC. Powers 0 give the
 * plain halves. Only condition profiles are weighted (a training case's terms are all present in it). Pure; the
 * probabilities are read once per index, the weights once per pair of powers.
 */
import type { KnowledgeModel } from './model.js';
import { backMatch, type PreparedQuery, type SimilarityIndex } from './similarity.js';

/** P per position of the index's condition profiles: aligned with `profiles.closure` and `profiles.specific`. */
interface ProfileFrequencies {
  readonly closure: Float64Array;
  readonly specific: Float64Array;
}

/** Per-position weights of one pair of powers, and the forward half's scratch (term -> weight of the marked profile). */
export interface FrequencyWeights {
  readonly closure: Float64Array;
  readonly specific: Float64Array;
  readonly mark: Int32Array;
  readonly markWeight: Float64Array;
  stamp: number;
}

const freqByIndex = new WeakMap<SimilarityIndex, ProfileFrequencies>();
const weightsByIndex = new WeakMap<SimilarityIndex, Map<string, FrequencyWeights>>();

/** Each condition's listed P(term | condition) above the term's leak, by term index (the profile's own terms). */
function listedProbabilities(model: KnowledgeModel, index: SimilarityIndex): Map<number, number>[] {
  const condIndex = new Map(model.conditions.map((c, i) => [c.id, i]));
  const out = model.conditions.map(() => new Map<number, number>());
  for (const f of model.findings) {
    const ti = index.termIndex.get(f.id);
    if (ti === undefined || f.valueType !== 'binary') continue;
    for (const [cid, p] of Object.entries(model.likelihoods[f.id] ?? {})) {
      const ci = condIndex.get(cid);
      if (ci !== undefined && p[0]! > f.leak) out[ci]!.set(ti, p[0]!);
    }
  }
  return out;
}

/** The profiles' probabilities (closure terms: the highest P listed for the term or one below it). */
function profileFrequencies(model: KnowledgeModel, index: SimilarityIndex): ProfileFrequencies {
  const got = freqByIndex.get(index);
  if (got) return got;
  const { profiles: t, upStart, up } = index;
  const listed = listedProbabilities(model, index);
  const closure = new Float64Array(t.closure.length);
  const specific = new Float64Array(t.specific.length);
  const best = new Float64Array(index.termIds.length);
  listed.forEach((row, c) => {
    for (const [term, p] of row) for (let j = upStart[term]!; j < upStart[term + 1]!; j++) best[up[j]!] = Math.max(best[up[j]!]!, p);
    for (let j = t.closureStart[c]!; j < t.closureStart[c + 1]!; j++) closure[j] = best[t.closure[j]!]!;
    for (let j = t.specificStart[c]!; j < t.specificStart[c + 1]!; j++) specific[j] = best[t.specific[j]!]!;
    for (let j = t.closureStart[c]!; j < t.closureStart[c + 1]!; j++) best[t.closure[j]!] = 0;
  });
  const out = { closure, specific };
  freqByIndex.set(index, out);
  return out;
}

/**
 * The weights of the index's condition profiles for a pair of powers (built once per index and pair).
 * @param model the model the index was built from (its likelihoods give P)
 * @param backPower power on P of the profile's most specific terms in the back half (0: unweighted)
 * @param forwardPower power on P of the reached ancestor in the forward half (0: unweighted)
 */
export function frequencyWeights(model: KnowledgeModel, index: SimilarityIndex, backPower: number, forwardPower: number): FrequencyWeights {
  const byPair = weightsByIndex.get(index) ?? weightsByIndex.set(index, new Map()).get(index)!;
  const key = `${backPower}/${forwardPower}`;
  const got = byPair.get(key);
  if (got) return got;
  const f = profileFrequencies(model, index);
  const n = index.termIds.length;
  const out: FrequencyWeights = {
    closure: Float64Array.from(f.closure, (p) => Math.pow(p, forwardPower)),
    specific: Float64Array.from(f.specific, (p) => Math.pow(p, backPower)),
    mark: new Int32Array(n),
    markWeight: new Float64Array(n),
    stamp: 0,
  };
  byPair.set(key, out);
  return out;
}

/** The back half of condition c's profile with each most specific term weighed (halved, as `backHalf`). */
export function weightedBackHalf(index: SimilarityIndex, q: PreparedQuery, w: FrequencyWeights, c: number): number {
  const t = index.profiles;
  const s0 = t.specificStart[c]!;
  const s1 = t.specificStart[c + 1]!;
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
export function weightedForwardHalf(index: SimilarityIndex, q: PreparedQuery, w: FrequencyWeights, c: number): number {
  const t = index.profiles;
  if (q.known === 0 || t.specificStart[c + 1] === t.specificStart[c]) return 0;
  if (w.stamp >= 0x7ffffff0) {
    w.mark.fill(0);
    w.stamp = 0;
  }
  const stamp = ++w.stamp;
  for (let j = t.closureStart[c]!; j < t.closureStart[c + 1]!; j++) {
    w.mark[t.closure[j]!] = stamp;
    w.markWeight[t.closure[j]!] = w.closure[j]!;
  }
  let fwd = 0;
  for (let k = 0; k < q.terms.length; k++) {
    const term = q.terms[k]!;
    if (term < 0) continue;
    let best = 0;
    for (let j = index.upStart[term]!; j < index.upStart[term + 1]!; j++) {
      const a = index.up[j]!;
      if (index.ic[a]! <= best) break;
      if (w.mark[a] === stamp) best = Math.max(best, index.ic[a]! * w.markWeight[a]!);
    }
    fwd += best;
  }
  return fwd / (2 * q.known);
}
