/**
 * The phenopackets suite for the generic runner: static mode (all findings except genes, one ranking)
 * and stepwise mode (presenting terms, then policies ask the gatekeeper). Loaded inside each worker
 * through `createSuite(options)`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, type CompiledModel } from '../../core/compile.js';
import type { ConditionDef, KnowledgeModel } from '../../core/model.js';
import { rankConditions } from '../../core/exemplar-rank.js';
import { initialBelief, observe, posterior, topK, type BeliefState } from '../../core/posterior.js';
import type { Result } from '../../core/issues.js';
import { verifyModel } from '../../learn/artifact.js';
import { parsePhenopacket, type Phenopacket } from '../../learn/phenopackets/cases.js';
import { LABELS_FILE, loadOntology } from '../../learn/phenopackets/load.js';
import { TRAINING_CASES_SYSTEM } from '../../learn/phenopackets/hpo-model.js';
import { ontologyFromModel } from '../../learn/phenopackets/model-ontology.js';
import { createTermMapper } from '../../learn/phenopackets/terms.js';
import type { TermMapper } from '../../learn/phenopackets/terms.js';
import type { CaseDiagnosis } from '../case-format.js';
import { costOf } from '../cost-model.js';
import { createGatekeeper } from '../gatekeeper.js';
import { judge, isCorrect, type JudgedDisease } from '../judge.js';
import { costedAction, runPolicy, type PolicySpec } from '../policies.js';
import type { CaseOutcome, PolicyOutcome, Suite } from '../runner.js';
import { prepareCase } from './adapter.js';

export interface PhenopacketSuiteOptions {
  readonly modelPath: string;
  readonly dataDir: string;
  readonly stepwise: boolean;
  readonly policies: readonly PolicySpec[];
  readonly visitFeeUsd: number;
  /** Keep gatekeeper exchanges in the trace (stepwise). */
  readonly exchanges?: boolean;
  /**
   * Stepwise: rank the belief at each policy's stop through the model's exemplar re-rank (as the static
   * ranking and the product's diagnose do) instead of the posterior alone. Default: the posterior.
   */
  readonly rerankAtStop?: boolean;
  /** Stepwise: also score each stop with the other ranking (`alt` of each outcome; for measuring). */
  readonly compareRankings?: boolean;
}

const TOP = 10;

/** An Orphanet disease with one OMIM equivalent is judged as that OMIM disease (the same disease, two catalogues). */
export function asJudged(c: ConditionDef): JudgedDisease {
  const omim = c.id.startsWith('OMIM:') ? undefined : c.codes?.find((x) => x.system === 'OMIM')?.code;
  return { id: omim ?? c.id, name: c.name, ...(c.category ? { category: c.category } : {}), genes: (c.codes ?? []).filter((x) => x.system === 'HGNC-symbol').map((x) => x.code) };
}

/** A case's diagnosis as the judge reads it. */
export function truthJudged(d: CaseDiagnosis): JudgedDisease {
  return { id: d.id, name: d.name, ...(d.category ? { category: d.category } : {}), genes: d.genes ?? [] };
}

/**
 * A case as the model names its disease: a case that names it by MONDO id is judged against the model's disease with
 * that MONDO code (an OMIM disease first); any other case is returned as it is.
 */
export function modelDiseaseOf(model: KnowledgeModel): (c: Phenopacket) => Phenopacket {
  const byMondo = new Map<string, string>();
  for (const c of model.conditions) for (const x of c.codes ?? []) if (x.system === 'MONDO' && (!byMondo.has(x.code) || c.id.startsWith('OMIM:'))) byMondo.set(x.code, c.id);
  return (given) => {
    const mapped = given.disease.id.startsWith('MONDO:') ? byMondo.get(given.disease.id) : undefined;
    return mapped ? { ...given, disease: { ...given.disease, id: mapped } } : given;
  };
}

function scoreRanking(cm: CompiledModel, p: Float64Array, truth: JudgedDisease, state?: BeliefState): { judge: number; rank: number; top: string[] } {
  // Static rankings go through the model's exemplar re-rank when it has one switched on (exemplar-rank.ts).
  const order = state ? rankConditions(state, p, TOP) : topK(p, TOP);
  const conds = order.map((c) => cm.model.conditions[c]!);
  const scores = conds.map((c) => judge(asJudged(c), truth));
  return { judge: scores[0] ?? 1, rank: scores.findIndex((s) => s >= 4), top: conds.map((c) => c.id) };
}

/**
 * The phenopackets suite for the runner: reads and compiles the model at `o.modelPath` and the HPO labels from
 * `o.dataDir`, then evaluates each phenopacket statically (one ranking from all its terms) or, with `o.stepwise`,
 * by each policy through the gatekeeper from its presenting terms, judged against the case's disease.
 */
export function createSuite(o: PhenopacketSuiteOptions): Suite {
  const model = verifyModel(JSON.parse(readFileSync(o.modelPath, 'utf8')) as unknown);
  const cm = compileModel(model);
  const labels = JSON.parse(readFileSync(join(o.dataDir, LABELS_FILE), 'utf8')) as Record<string, string>;
  // A model built from the HPO carries its ontology; the old model maps through the 2015 release.
  const mapper: TermMapper = model.hierarchy ? createTermMapper(ontologyFromModel(model), labels) : loadOntology(o.dataDir).mapper;
  const trained = model.conditions.some((c) => c.codes?.some((x) => x.system === TRAINING_CASES_SYSTEM));
  const isSeen = (id: string): boolean => {
    const c = cm.conditionIndex.get(id);
    if (c === undefined) return false;
    return !trained || (cm.model.conditions[c]!.codes ?? []).some((x) => x.system === TRAINING_CASES_SYSTEM);
  };
  const asModelDisease = modelDiseaseOf(model);
  return {
    name: 'phenopackets',
    evaluate(raw: unknown, path: string): Result<CaseOutcome> {
      const parsed = parsePhenopacket(raw, path);
      if (!parsed.ok) return parsed;
      const p = asModelDisease(parsed.value);
      const pc = prepareCase(p, cm, mapper);
      const truth = truthJudged(pc.bench.diagnosis);
      const sex = p.sex === 'male' ? 'male' : 'female';
      // An unknown age constrains nothing: the last age band, which every onset precedes.
      const base = initialBelief(cm, p.ageYears ?? 130, sex);
      const policies: PolicyOutcome[] = [];
      if (!o.stepwise) {
        const st = observe(base, pc.staticObservations);
        const s = scoreRanking(cm, posterior(st), truth, st);
        policies.push({ name: 'static', budget: null, judge: s.judge, correct: isCorrect(s.judge as 1), rank: s.rank, costUsd: 0, steps: 0, actions: [], top: s.top, missingPrices: [] });
      } else {
        const start = observe(base, pc.presentingObservations);
        for (const spec of o.policies) {
          const gk = createGatekeeper(cm, pc.bench.record);
          const run = runPolicy(spec, start, gk.oracle, p.id);
          const s = scoreRanking(cm, run.posterior, truth, o.rerankAtStop ? run.state : undefined);
          const alt = o.compareRankings ? scoreRanking(cm, run.posterior, truth, o.rerankAtStop ? undefined : run.state) : undefined;
          const cost = costOf(run.actions.map((id) => costedAction(cm, id)), { visitFeeUsd: o.visitFeeUsd });
          policies.push({
            name: spec.name, budget: spec.budget, judge: s.judge, correct: isCorrect(s.judge as 1), rank: s.rank,
            costUsd: cost.totalUsd, steps: run.actions.length, actions: run.actions, top: s.top.slice(0, 5), missingPrices: cost.missing,
            ...(o.exchanges ? { exchanges: gk.log } : {}),
            ...(alt ? { alt: { correct: isCorrect(alt.judge as 1), rank: alt.rank } } : {}),
          });
        }
      }
      return { ok: true, value: { caseId: p.id, truth: p.disease.id, seen: isSeen(p.disease.id), policies }, issues: [] };
    },
  };
}
