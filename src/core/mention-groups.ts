/**
 * One phrase, one observation. A note's reader may read one phrase as several findings on purpose ("ankle swelling" as
 * ankle swelling, leg swelling and peripheral oedema; "crackles" as abnormal breathing sounds and rales; "chest pain"
 * as chest tightness and sharp chest pain), since the knowledge sources name one sign in several ways and a condition
 * may list any of them. Naive Bayes then adds every finding's likelihood ratio and counts the phrase two or three
 * times for a condition that lists all of its readings (5-6 nats each for broad symptoms at a low leak), which is how a
 * leader that lists every reading passes a gold that lists one or none (docs/sessions/40-rank24.md).
 *
 * A mention group is a set of present binary findings read from one phrase. The phrase counts once for each
 * condition: by the reading that condition explains best, its largest log-likelihood ratio against the leak (with
 * any age row), i.e. the most probable reading of an ambiguous term under that condition (a maximum-likelihood
 * reading, as a word-sense choice is made per hypothesis). Conditions that list none of the readings are unchanged
 * (every ratio is 0). Pure arithmetic over compiled rows; no I/O.
 */
import { ageLikelihoodLlr } from './age-likelihood.js';
import { rowLlr, type CompiledModel } from './compile.js';

/** The log-likelihood ratio of present finding `fi` for condition `c` at age `age`, as observing adds it. */
export function presentLlr(cm: CompiledModel, fi: number, c: number, age: number): number {
  const a = cm.ageLikelihoods.size > 0 ? ageLikelihoodLlr(cm.ageLikelihoods, fi, c, true, age) : 0;
  return rowLlr(cm.findings[fi]!, 1, c) + a;
}

/** The member of `group` (finding indices) that counts for condition `c`: the largest ratio, the first on ties. */
export function chosenMember(cm: CompiledModel, group: readonly number[], c: number, age: number): number {
  let best = group[0]!;
  let bestV = presentLlr(cm, best, c, age);
  for (let i = 1; i < group.length; i++) {
    const v = presentLlr(cm, group[i]!, c, age);
    if (v > bestV) { best = group[i]!; bestV = v; }
  }
  return best;
}

/**
 * Take back, in place, what the members a condition does not choose added to `nb` when each was observed alone:
 * nb[c] += max_i llr_i(c) − Σ_i llr_i(c). Only conditions that list a member (or have an age row for one) move.
 */
export function applyMentionGroup(cm: CompiledModel, nb: Float64Array, group: readonly number[], age: number): void {
  const touched = new Set<number>();
  for (const fi of group) {
    for (const c of cm.findings[fi]!.listedIdx) touched.add(c);
    for (const r of cm.ageLikelihoods.get(fi) ?? []) touched.add(r.condition);
  }
  for (const c of touched) {
    let sum = 0;
    let max = -Infinity;
    for (const fi of group) {
      const v = presentLlr(cm, fi, c, age);
      sum += v;
      if (v > max) max = v;
    }
    nb[c]! += max - sum;
  }
}
