/**
 * Parameter recovery: how far the likelihoods learned from a model's synthetic records are from the
 * model's own (mean absolute error over the binary condition-finding pairs whose condition has at
 * least a given number of episodes). Used by the recovery test and `ddx bench records-scale`.
 */
import type { KnowledgeModel } from '../../core/model.js';
import { TESTS } from '../../intake/fhir/loinc-tests.js';
import { findingIndex } from '../../intake/fhir/match.js';

export interface RecoveryError {
  /** Pairs compared, and the conditions they belong to. */
  readonly n: number;
  readonly conditions: number;
  readonly mae: number;
  readonly worst: number;
}

/**
 * Mean absolute error of the learned binary likelihoods against the generating model's, over the
 * condition-finding pairs whose condition has at least `minEpisodes` episodes.
 */
export function recoveryError(model: KnowledgeModel, learned: KnowledgeModel, labelEpisodes: Readonly<Record<string, number>>, minEpisodes: number): RecoveryError {
  // Without a base, a finding read from a lab value is named by the test's concept (blood-pressure-high), not the model's id.
  const index = findingIndex(model);
  const alias = new Map<string, string>();
  for (const t of TESTS) {
    for (const concept of t.kind === 'qualitative' ? [t.positive] : [t.high, t.low]) {
      if (concept) for (const id of index.byConcept.get(concept) ?? []) if (!alias.has(id)) alias.set(id, concept);
    }
  }
  const learnedLeak = new Map(learned.findings.map((f) => [f.id, f.valueType === 'binary' ? f.leak : 0] as const));
  let n = 0;
  let err = 0;
  let worst = 0;
  const conditions = new Set<string>();
  for (const f of model.findings) {
    if (f.valueType !== 'binary') continue;
    for (const [c, v] of Object.entries(model.likelihoods[f.id] ?? {})) {
      if ((labelEpisodes[c] ?? 0) < minEpisodes) continue;
      const id = learned.likelihoods[f.id] || learnedLeak.has(f.id) ? f.id : (alias.get(f.id) ?? f.id);
      const est = learned.likelihoods[id]?.[c]?.[0] ?? learnedLeak.get(id) ?? 0;
      const e = Math.abs(est - v[0]!);
      n++;
      err += e;
      worst = Math.max(worst, e);
      conditions.add(c);
    }
  }
  return { n, conditions: conditions.size, mae: n > 0 ? err / n : NaN, worst };
}
