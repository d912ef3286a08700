/**
 * Explanations: for a condition, every observed finding's exact contribution to that condition's
 * score, split into findings for (positive) and against (negative). A contribution is the log-likelihood
 * ratio of the finding's outcome under the condition versus the leak reference (times the head's
 * nbWeight, plus any learned head weights for that finding). base + sum(contributions) = score, exactly.
 * A contribution whose likelihood entry the model marks inferred (`inferredLikelihoods`) says so.
 */
import { rowLlr, sexIndex } from './compile.js';
import type { Observation } from './evidence.js';
import { ageLikelihoodLlr } from './age-likelihood.js';
import { demographicFeatureKeys, headFeatureKeys, outcomeRows, periodLogFactor, scores, type BeliefState } from './posterior.js';

export interface Contribution {
  readonly findingId: string;
  readonly name: string;
  readonly observation: Observation;
  /** Contribution to the condition's score, in nats. */
  readonly llr: number;
  /** Present (true) when the condition's entry for this finding was inferred from related conditions, not read from a source. */
  readonly inferred?: true;
}

export interface Explanation {
  readonly conditionId: string;
  /** The model's score for the condition (before temperature). */
  readonly score: number;
  /** Prior by age and sex (and, with a head, bias and demographic weights). */
  readonly base: number;
  readonly contributions: readonly Contribution[];
  readonly for: readonly Contribution[];
  readonly against: readonly Contribution[];
}

function headWeight(state: BeliefState, keys: readonly string[], c: number): number {
  const h = state.cm.head;
  if (!h) return 0;
  let total = 0;
  for (const k of keys) {
    const f = h.featureIndex.get(k);
    if (f === undefined) continue;
    const idx = h.rowIdx[f]!;
    for (let j = 0; j < idx.length; j++) if (idx[j] === c) total += h.rowW[f]![j]!;
  }
  return total;
}

/** Every observed finding's contribution to one condition's score, for and against (see the module comment). */
export function explain(state: BeliefState, conditionIndex: number): Explanation {
  const { cm } = state;
  const c = conditionIndex;
  const w = cm.head ? cm.head.nbWeight : 1;
  const contributions: Contribution[] = [];
  for (const obs of state.observations) {
    const cf = cm.findings[cm.findingIndex.get(obs.id)!]!;
    let nb = 0;
    for (const r of outcomeRows(cf, obs)) {
      nb += rowLlr(cf, r, c);
    }
    if ('present' in obs) nb += ageLikelihoodLlr(cm.ageLikelihoods, cf.index, c, obs.present, state.age);
    const llr = w * nb + headWeight(state, headFeatureKeys(cf, obs), c);
    const inferred = cm.inferred.get(cf.index)?.has(c) === true;
    contributions.push({ findingId: cf.def.id, name: cf.def.name, observation: obs, llr, ...(inferred ? { inferred } : {}) });
  }
  const prior = cm.logPrior[state.band * 2 + sexIndex(state.sex)]![c]! + periodLogFactor(cm, c, state.date);
  const base = cm.head ? w * prior + cm.head.bias[c]! + headWeight(state, demographicFeatureKeys(cm, state.band, state.sex), c) : prior;
  const sorted = [...contributions].sort((a, b) => Math.abs(b.llr) - Math.abs(a.llr) || a.findingId.localeCompare(b.findingId));
  return {
    conditionId: cm.model.conditions[c]!.id,
    score: scores(state)[c]!,
    base,
    contributions: sorted,
    for: sorted.filter((x) => x.llr > 0),
    against: sorted.filter((x) => x.llr < 0),
  };
}
