/**
 * The phenopackets suite for the generic runner: static mode (all findings except genes, one ranking)
 * and stepwise mode (presenting terms, then policies ask the gatekeeper). Loaded inside each worker
 * through `createSuite(options)`.
 */
import { readFileSync } from 'node:fs';
import { compileModel, type CompiledModel } from '../../core/compile.js';
import type { ConditionDef } from '../../core/model.js';
import { initialBelief, observe, posterior, rank } from '../../core/posterior.js';
import type { Result } from '../../core/issues.js';
import { verifyModel } from '../../learn/artifact.js';
import { parsePhenopacket } from '../../learn/phenopackets/cases.js';
import { loadOntology } from '../../learn/phenopackets/load.js';
import type { TermMapper } from '../../learn/phenopackets/terms.js';
import type { CaseDiagnosis } from '../case-format.js';
import { costOf } from '../cost-model.js';
import { createGatekeeper } from '../gatekeeper.js';
import { judge, isCorrect, type JudgedDisease } from '../judge.js';
import { runPolicy, type PolicySpec } from '../policies.js';
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
}

const TOP = 10;

function asJudged(c: ConditionDef): JudgedDisease {
  return { id: c.id, name: c.name, ...(c.category ? { category: c.category } : {}), genes: (c.codes ?? []).filter((x) => x.system === 'HGNC-symbol').map((x) => x.code) };
}

function truthJudged(d: CaseDiagnosis): JudgedDisease {
  return { id: d.id, name: d.name, ...(d.category ? { category: d.category } : {}), genes: d.genes ?? [] };
}

function scoreRanking(cm: CompiledModel, p: Float64Array, truth: JudgedDisease): { judge: number; rank: number; top: string[] } {
  const order = rank(p).slice(0, TOP);
  const conds = order.map((c) => cm.model.conditions[c]!);
  const scores = conds.map((c) => judge(asJudged(c), truth));
  return { judge: scores[0] ?? 1, rank: scores.findIndex((s) => s >= 4), top: conds.map((c) => c.id) };
}

export function createSuite(o: PhenopacketSuiteOptions): Suite {
  const model = verifyModel(JSON.parse(readFileSync(o.modelPath, 'utf8')) as unknown);
  const cm = compileModel(model);
  const mapper: TermMapper = loadOntology(o.dataDir).mapper;
  return {
    name: 'phenopackets',
    evaluate(raw: unknown, path: string): Result<CaseOutcome> {
      const parsed = parsePhenopacket(raw, path);
      if (!parsed.ok) return parsed;
      const p = parsed.value;
      const pc = prepareCase(p, cm, mapper);
      const truth = truthJudged(pc.bench.diagnosis);
      const sex = p.sex === 'male' ? 'male' : 'female';
      const base = initialBelief(cm, p.ageYears ?? 30, sex);
      const policies: PolicyOutcome[] = [];
      if (!o.stepwise) {
        const s = scoreRanking(cm, posterior(observe(base, pc.staticObservations)), truth);
        policies.push({ name: 'static', budget: null, judge: s.judge, correct: isCorrect(s.judge as 1), rank: s.rank, costUsd: 0, steps: 0, actions: [], top: s.top, missingPrices: [] });
      } else {
        const start = observe(base, pc.presentingObservations);
        for (const spec of o.policies) {
          const gk = createGatekeeper(cm, pc.bench.record);
          const run = runPolicy(spec, start, gk.oracle, p.id);
          const s = scoreRanking(cm, run.posterior, truth);
          const cost = costOf(run.actions.map((id) => cm.actions[cm.actionIndex.get(id)!]!), { visitFeeUsd: o.visitFeeUsd });
          policies.push({
            name: spec.name, budget: spec.budget, judge: s.judge, correct: isCorrect(s.judge as 1), rank: s.rank,
            costUsd: cost.totalUsd, steps: run.actions.length, actions: run.actions, top: s.top.slice(0, 5), missingPrices: cost.missing,
            ...(o.exchanges ? { exchanges: gk.log } : {}),
          });
        }
      }
      return { ok: true, value: { caseId: p.id, truth: p.disease.id, seen: cm.conditionIndex.has(p.disease.id), policies }, issues: [] };
    },
  };
}
