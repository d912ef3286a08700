/**
 * Grouped cross-validation of the rare-disease model by publication: for each fold, a model learned
 * without that fold's publications (and without the untouched third) scores the fold's cases. The
 * pooled outcomes keep the usual summary shape; each fold's figures, their mean and the worst fold
 * are added, because one number hides how much the figure moves with which publications are held out.
 */
import type { BenchRun, CaseOutcome } from '../runner.js';
import { summariseStatic, summariseStepwise, type PolicySummary } from '../report.js';

export interface FoldRun {
  readonly part: string;
  readonly run: BenchRun;
}

/** One run made of several (the folds): outcomes and skipped lines concatenated, times (whole and model loading) summed. */
export function poolRuns(runs: readonly FoldRun[]): BenchRun {
  const outcomes: CaseOutcome[] = [];
  let seconds = 0;
  let loadSeconds = 0;
  let fromCache = 0;
  const skipped: BenchRun['skipped'][number][] = [];
  for (const r of runs) {
    outcomes.push(...r.run.outcomes);
    skipped.push(...r.run.skipped);
    seconds += r.run.seconds;
    loadSeconds += r.run.loadSeconds;
    fromCache += r.run.fromCache;
  }
  return { ...runs[0]!.run, outcomes, skipped, seconds, loadSeconds, fromCache };
}

type TopKFigures = { cases: number; top1: number; top3: number; top10: number };

function meanOf(rows: readonly TopKFigures[]): TopKFigures {
  const n = rows.length || 1;
  const avg = (k: keyof TopKFigures): number => Math.round((rows.reduce((s, r) => s + r[k], 0) / n) * 1e4) / 1e4;
  return { cases: Math.round(avg('cases')), top1: avg('top1'), top3: avg('top3'), top10: avg('top10') };
}

type Figures = TopKFigures & { readonly seen: TopKFigures; readonly unseen: TopKFigures };

function figures(run: BenchRun): Figures {
  const s = summariseStatic(run) as unknown as Figures;
  return { cases: s.cases, top1: s.top1, top3: s.top3, top10: s.top10, seen: s.seen, unseen: s.unseen };
}

/** Static summary of a grouped CV: pooled figures (usual shape), then per fold, mean and worst fold. */
export function summariseStaticCv(runs: readonly FoldRun[], split: string): Record<string, unknown> {
  const pooled = summariseStatic(poolRuns(runs));
  const folds = runs.map((r) => ({ part: r.part, ...figures(r.run) }));
  const worst = [...folds].sort((a, b) => a.top1 - b.top1)[0]!;
  return {
    split,
    ...pooled,
    folds,
    fold_mean: { ...meanOf(folds), seen: meanOf(folds.map((f) => f.seen)), unseen: meanOf(folds.map((f) => f.unseen)) },
    worst_fold: worst,
  };
}

/** Stepwise summary of a grouped CV: pooled policies (usual shape), then per fold. */
export function summariseStepwiseCv(runs: readonly FoldRun[], split: string): Record<string, unknown> {
  const pooled = summariseStepwise(poolRuns(runs));
  const folds = runs.map((r) => ({ part: r.part, cases: r.run.outcomes.length, policies: summariseStepwise(r.run).policies.map((p: PolicySummary) => ({ name: p.name, budget: p.budget, accuracy: p.accuracy, mean_cost: p.mean_cost })) }));
  return { split, ...pooled, folds };
}
