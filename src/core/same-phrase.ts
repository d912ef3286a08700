/**
 * One phrase counts once (issue 13). A model joined from several vocabularies often has one complaint as two or
 * more findings ("dry mouth" is both `hp-xerostomia` and `mouth-dryness`); when a note's phrase names several
 * findings, each becomes an observation and a condition listing all of them would count the one phrase once per
 * finding (the product of their likelihood ratios). Instead the reader marks such observations with the other
 * findings of the same phrase (`Observation.samePhrase`, same value), and each condition counts the set once: it
 * takes the strongest (largest absolute) log-likelihood ratio among the members it lists, ties to the member
 * first in the model's finding order; the other members add nothing for it. A condition that lists one member
 * counts it as before; one that lists none counts nothing. Only the naive-Bayes rows follow the rule; head features and
 * age rows (models that carry them) apply per observation as before. Pure, no I/O.
 */
import { rowLlr, type CompiledFinding, type CompiledModel } from './compile.js';
import type { Observation } from './evidence.js';

/**
 * The other members of a binary observation's phrase set that the model has, or undefined when the observation
 * carries none (it then counts as any observation).
 */
export function samePhraseMembers(cm: CompiledModel, cf: CompiledFinding, obs: Observation): CompiledFinding[] | undefined {
  if (cf.def.valueType !== 'binary' || !('present' in obs) || obs.samePhrase === undefined) return undefined;
  const out: CompiledFinding[] = [];
  for (const id of obs.samePhrase) {
    const i = cm.findingIndex.get(id);
    if (i !== undefined && i !== cf.index) out.push(cm.findings[i]!);
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Does member `cf` (log-likelihood ratio `llr` at condition `c` for outcome row `r`) carry its phrase set for
 * `c`? True iff no other member's ratio at `c` is stronger (larger in absolute value), or as strong and earlier
 * in the model's finding order.
 */
export function carriesPhrase(cf: CompiledFinding, llr: number, others: readonly CompiledFinding[], r: number, c: number): boolean {
  const a = Math.abs(llr);
  for (const o of others) {
    const b = Math.abs(rowLlr(o, r, c));
    if (b > a || (b === a && b > 0 && o.index < cf.index)) return false;
  }
  return true;
}

/** A member's contribution to condition `c`: its ratio where it carries the phrase set, else 0. */
export function samePhraseLlr(cf: CompiledFinding, others: readonly CompiledFinding[], r: number, c: number): number {
  const v = rowLlr(cf, r, c);
  return v !== 0 && carriesPhrase(cf, v, others, r, c) ? v : 0;
}

/**
 * Keep in each observation's `samePhrase` only the findings observed in `observations` with the same value
 * (after filtering or merging lists read apart, a member may be gone or answered otherwise); drop it when none
 * stays. Other observations are returned as they are.
 */
export function keepSamePhrase(observations: readonly Observation[]): Observation[] {
  const value = new Map<string, boolean>();
  for (const o of observations) if ('present' in o) value.set(o.id, o.present);
  return observations.map((o) => {
    if (!('present' in o) || o.samePhrase === undefined) return o;
    const kept = o.samePhrase.filter((id) => id !== o.id && value.get(id) === o.present);
    if (kept.length === o.samePhrase.length) return o;
    return kept.length > 0 ? { id: o.id, present: o.present, samePhrase: kept } : { id: o.id, present: o.present };
  });
}
