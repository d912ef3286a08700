/**
 * One phrase, one observation. A note's reader may read one phrase as several findings on purpose ("ankle swelling" as
 * ankle swelling, leg swelling and peripheral oedema; "crackles" as abnormal breathing sounds and rales; "chest pain"
 * as chest tightness and sharp chest pain), since the knowledge sources name one sign in several ways and a condition
 * may list any of them. Naive Bayes then adds every finding's likelihood ratio and counts the phrase two or three
 * times for a condition that lists all of its readings (5-6 nats each for broad symptoms at a low leak), which is how a
 * leader that lists every reading passes a gold that lists one or none (docs/sessions/40-rank24.md).
 *
 * A mention group is a set of present binary findings read from one phrase. The phrase is one observation whose
 * reading is uncertain, each of the k readings equally likely (the reader has no ground to prefer one), so its
 * likelihood ratio for a condition is the mixture's: the mean of the readings' ratios against their own leaks,
 *   llr_group(c) = log( (1/k) Σ_i exp(llr_i(c)) ),
 * (with any age row in llr_i). A condition that lists no reading keeps 0 (every ratio is 1); one that lists every
 * reading at ratio R takes log R once, not k log R; one that lists one of them takes about log R − log k. In an
 * explanation each reading carries the group's ratio in proportion to its share of the mixture, so base + Σ
 * contributions = score stays exact. Pure arithmetic over compiled rows; no I/O.
 */
import { ageLikelihoodLlr } from './age-likelihood.js';
import { rowLlr, type CompiledModel } from './compile.js';

/** The log-likelihood ratio of present finding `fi` for condition `c` at age `age`, as observing adds it. */
export function presentLlr(cm: CompiledModel, fi: number, c: number, age: number): number {
  const a = cm.ageLikelihoods.size > 0 ? ageLikelihoodLlr(cm.ageLikelihoods, fi, c, true, age) : 0;
  return rowLlr(cm.findings[fi]!, 1, c) + a;
}

/** log of the mean of exp(v_i): the mixture's log-likelihood ratio of a group's readings (stable for large ratios). */
export function mixtureLlr(v: readonly number[]): number {
  let max = -Infinity;
  for (const x of v) if (x > max) max = x;
  let sum = 0;
  for (const x of v) sum += Math.exp(x - max);
  return max + Math.log(sum / v.length);
}

/**
 * The share of the group's ratio each member carries for condition `c` in an explanation (finding index -> nats):
 * the group's mixture ratio times the member's share exp(llr_i) / Σ exp(llr_j); the shares sum to the group's ratio.
 */
export function memberShares(cm: CompiledModel, group: readonly number[], c: number, age: number): Map<number, number> {
  const v = group.map((fi) => presentLlr(cm, fi, c, age));
  const g = mixtureLlr(v);
  let max = -Infinity;
  for (const x of v) if (x > max) max = x;
  let z = 0;
  for (const x of v) z += Math.exp(x - max);
  const out = new Map<number, number>();
  group.forEach((fi, i) => out.set(fi, (g * Math.exp(v[i]! - max)) / z));
  return out;
}

/**
 * Replace, in place, what the members added to `nb` when each was observed alone by the group's mixture ratio:
 * nb[c] += llr_group(c) − Σ_i llr_i(c). Only conditions that list a member (or have an age row for one) move.
 */
export function applyMentionGroup(cm: CompiledModel, nb: Float64Array, group: readonly number[], age: number): void {
  const touched = new Set<number>();
  for (const fi of group) {
    for (const c of cm.findings[fi]!.listedIdx) touched.add(c);
    for (const r of cm.ageLikelihoods.get(fi) ?? []) touched.add(r.condition);
  }
  for (const c of touched) {
    const v = group.map((fi) => presentLlr(cm, fi, c, age));
    let sum = 0;
    for (const x of v) sum += x;
    nb[c]! += mixtureLlr(v) - sum;
  }
}
