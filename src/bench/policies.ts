/**
 * Stepwise policies run side by side on every case, all on the one core engine:
 *   instant           diagnose from the presenting findings only;
 *   order-everything  every question, then every test that can still reveal something (model order,
 *                     so exome sequencing comes before the single-gene tests it makes redundant);
 *   random            a seeded random choice among the actions that could still reveal something;
 *   info-gain         the core planner scoring expected information gain without cost;
 *   questions-only    the core planner restricted to history and examination;
 *   cost-aware        the core planner (gain + challenger per dollar), at a test budget or none.
 * Budgets cap what the planner may spend on tests; visit fees are added by the cost model.
 */
import type { CompiledModel } from '../core/compile.js';
import { FindingStatus, observe, posterior, type BeliefState } from '../core/posterior.js';
import { createRng, hashSeed } from '../core/random.js';
import { runWorkup, type Oracle } from '../core/workup.js';

export type PolicyName = 'instant' | 'order-everything' | 'random' | 'info-gain' | 'questions-only' | 'cost-aware';

export interface PolicySpec {
  readonly name: PolicyName;
  /** Test budget in USD for cost-aware; null = no budget. */
  readonly budget: number | null;
}

export const DEFAULT_BUDGETS: readonly number[] = [300, 1000, 2500];

export function defaultPolicies(budgets: readonly number[] = DEFAULT_BUDGETS): PolicySpec[] {
  return [
    { name: 'instant', budget: null },
    { name: 'order-everything', budget: null },
    { name: 'random', budget: null },
    { name: 'info-gain', budget: null },
    { name: 'questions-only', budget: null },
    ...budgets.map((b) => ({ name: 'cost-aware' as const, budget: b })),
    { name: 'cost-aware', budget: null },
  ];
}

export interface PolicyRun {
  readonly posterior: Float64Array;
  readonly actions: readonly string[];
}

/** The leader must be very probable before stopping: the naive-Bayes posterior over hundreds of rare diseases is overconfident. */
const RULES = { confidence: 0.99999, minGain: 0.001, maxSteps: 30 } as const;

export function runPolicy(spec: PolicySpec, start: BeliefState, oracle: Oracle, caseId: string): PolicyRun {
  const cm: CompiledModel = start.cm;
  switch (spec.name) {
    case 'instant':
      return { posterior: posterior(start), actions: [] };
    case 'order-everything': {
      let state = start;
      const actions: string[] = [];
      const ordered = [...cm.actions].sort((a, b) => (a.kind === 'question' ? 0 : 1) - (b.kind === 'question' ? 0 : 1) || a.index - b.index);
      for (const a of ordered) {
        if (!a.findings.some((fi) => state.status[fi] === FindingStatus.Unknown)) continue;
        state = observe(state, oracle(a, state));
        actions.push(a.id);
      }
      return { posterior: posterior(state), actions };
    }
    case 'random': {
      const rng = createRng(hashSeed(caseId, 0x7a11));
      const r = runWorkup(start, oracle, { mode: 'no-budget', costAware: false, trace: false, rules: RULES, choose: (ranked) => ranked[rng.int(ranked.length)] });
      return { posterior: r.posterior, actions: r.actionsTaken };
    }
    case 'info-gain': {
      const r = runWorkup(start, oracle, { mode: 'no-budget', costAware: false, trace: false, rules: RULES });
      return { posterior: r.posterior, actions: r.actionsTaken };
    }
    case 'questions-only': {
      const r = runWorkup(start, oracle, { mode: 'questions-only', trace: false, rules: RULES });
      return { posterior: r.posterior, actions: r.actionsTaken };
    }
    case 'cost-aware': {
      const r = runWorkup(start, oracle, spec.budget === null ? { mode: 'no-budget', trace: false, rules: RULES } : { mode: 'budgeted', budgetUsd: spec.budget, trace: false, rules: RULES });
      return { posterior: r.posterior, actions: r.actionsTaken };
    }
  }
}
