/**
 * The static ranking of one phenopacket and the rank of its truth in the top 10, shared by the error-analysis
 * scripts (phenopackets-errors.ts, phenopackets-seen-errors.ts) so they judge a hit the same way as the bench.
 */
import type { CompiledModel } from '../src/core/compile.js';
import type { KnowledgeModel } from '../src/core/model.js';
import { initialBelief, observe, scores, type BeliefState } from '../src/core/posterior.js';
import { judge, isCorrect } from '../src/bench/judge.js';
import { prepareCase } from '../src/bench/phenopackets/adapter.js';
import type { Phenopacket } from '../src/learn/phenopackets/cases.js';
import type { TermMapper } from '../src/learn/phenopackets/terms.js';

export interface RankedCase {
  /** The belief after the case's static observations. */
  readonly st: BeliefState;
  /** Condition indices, best first (ties by index). */
  readonly order: number[];
  /** Position of the first correct condition in the top 10, or -1. */
  readonly rank: number;
}

/**
 * Whether condition `c` is the case's disease, judged as the bench judges a phenotype-only ranking: an Orphanet
 * condition with one OMIM equivalent counts as that OMIM disease; the condition's genes are not offered.
 */
export function truthJudge(model: KnowledgeModel, p: Phenopacket): (c: number) => boolean {
  const truth = { id: p.disease.id, name: p.disease.label, genes: [...p.genes] };
  return (c) => {
    const cd = model.conditions[c]!;
    const omim = cd.id.startsWith('OMIM:') ? undefined : cd.codes?.find((x) => x.system === 'OMIM')?.code;
    return isCorrect(judge({ id: omim ?? cd.id, name: cd.name, genes: [] }, truth) as 1);
  };
}

/** Rank every condition for the case's static evidence and find the truth in the top 10 (judged as the bench does). */
export function rankCase(model: KnowledgeModel, cm: CompiledModel, mapper: TermMapper, p: Phenopacket): RankedCase {
  const pc = prepareCase(p, cm, mapper);
  const st = observe(initialBelief(cm, p.ageYears ?? 130, p.sex === 'male' ? 'male' : 'female'), pc.staticObservations);
  const s = scores(st);
  const order = [...s.keys()].sort((a, b) => s[b]! - s[a]! || a - b);
  const right = truthJudge(model, p);
  return { st, order, rank: order.slice(0, 10).findIndex(right) };
}
