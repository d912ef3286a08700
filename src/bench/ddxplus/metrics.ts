/**
 * DDXPlus metrics. GTPA@k: the true pathology is in the top k. GTPA: mean posterior on the true
 * pathology. DDR / DDP: recall and precision of the predicted differential (posterior >= 0.01)
 * against DIFFERENTIAL_DIAGNOSIS entries >= 0.01, per case and averaged; DDF1 is the F1 of those two
 * means. ECE: expected calibration error of the top-1 probability over 10 equal-width bins.
 * Everything is read on the displayed (calibrated) posterior softmax(s / T), which is the literal
 * definition; `ddf1_native` repeats DDF1 at temperature 1 for comparison. `ddr_list` / `ddp_list` /
 * `ddf1_list` score the engine's differential *list* instead (`differentialList` in core/membership.ts:
 * the leader, posterior >= 0.01, and plausibility >= the membership head's threshold, at most 20 as `ddx diagnose` shows it).
 */
import type { CompiledModel } from '../../core/compile.js';
import { differentialList, membershipOf, plausibilities } from '../../core/membership.js';
import type { BeliefState } from '../../core/posterior.js';

export interface CaseOutcome {
  /** Rank of the true pathology (0 = top), or -1 when it is not a model condition. */
  readonly trueRank: number;
  readonly trueProbability: number;
  readonly topProbability: number;
  readonly questions: number;
  /** Overlap with the differential read at temperature 1, softmax(s) >= 0.01. */
  readonly ddRecall: number;
  readonly ddPrecision: number;
  /** The overlap with the differential read on the displayed posterior, softmax(s / T) >= 0.01 (the metric's definition). */
  readonly ddRecallPosterior?: number;
  readonly ddPrecisionPosterior?: number;
  /** The overlap with the engine's differential list (leader, posterior >= 0.01, plausibility >= threshold). */
  readonly ddRecallList?: number;
  readonly ddPrecisionList?: number;
  readonly sex: string;
  readonly ageBand: string;
}

export const DIFFERENTIAL_THRESHOLD = 0.01;

/** Recall and precision of a predicted differential against the true one (recall 1 for an empty truth, precision 0 for an empty prediction). */
export function differentialOverlap(predicted: ReadonlySet<string>, truth: ReadonlySet<string>): { recall: number; precision: number } {
  let hit = 0;
  for (const t of truth) if (predicted.has(t)) hit++;
  return { recall: truth.size === 0 ? 1 : hit / truth.size, precision: predicted.size === 0 ? 0 : hit / predicted.size };
}

/** Condition ids on the engine's differential list for a belief and its displayed posterior p. */
export function listedConditions(cm: CompiledModel, belief: BeliefState, p: Float64Array, options: { readonly threshold?: number; readonly max?: number } = {}): Set<string> {
  const plaus = plausibilities(belief);
  const list = differentialList(p, plaus, { plausibilityThreshold: options.threshold ?? membershipOf(cm)?.threshold ?? 1, probabilityThreshold: DIFFERENTIAL_THRESHOLD, ...(options.max !== undefined ? { max: options.max } : {}) });
  return new Set(list.map((c) => cm.model.conditions[c]!.id));
}

/** Expected calibration error of top-1 confidences over `bins` equal-width bins. */
export function expectedCalibrationError(confidence: readonly number[], correct: readonly boolean[], bins = 10): number {
  const n = confidence.length;
  if (n === 0) return 0;
  const conf = new Float64Array(bins);
  const acc = new Float64Array(bins);
  const count = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const b = Math.min(bins - 1, Math.floor(confidence[i]! * bins));
    conf[b]! += confidence[i]!;
    acc[b]! += correct[i] ? 1 : 0;
    count[b]! += 1;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) if (count[b]! > 0) ece += (count[b]! / n) * Math.abs(acc[b]! / count[b]! - conf[b]! / count[b]!);
  return ece;
}

const round = (x: number, d = 4): number => Number(x.toFixed(d));

export interface DdxplusSummary {
  readonly cases: number;
  readonly gtpa1: number;
  readonly gtpa3: number;
  readonly gtpa5: number;
  readonly gtpa: number;
  readonly il: number;
  readonly ddr: number;
  readonly ddp: number;
  readonly ddf1: number;
  readonly ece: number;
  /** DDF1 with the differential read at temperature 1 instead of on the displayed posterior. */
  readonly ddf1_native: number;
  /** The engine's differential list (leader, posterior >= 0.01, plausibility >= threshold) against DIFFERENTIAL_DIAGNOSIS. */
  readonly ddr_list: number;
  readonly ddp_list: number;
  readonly ddf1_list: number;
  readonly top1_by_sex: Readonly<Record<string, number>>;
  readonly top1_by_age_band: Readonly<Record<string, number>>;
  readonly fairness_gap_sex: number;
  readonly fairness_gap_age: number;
}

function groupTop1(outcomes: readonly CaseOutcome[], key: (o: CaseOutcome) => string, minCases = 10): Record<string, number> {
  const hits = new Map<string, [number, number]>();
  for (const o of outcomes) {
    const k = key(o);
    const h = hits.get(k) ?? [0, 0];
    h[0] += o.trueRank === 0 ? 1 : 0;
    h[1] += 1;
    hits.set(k, h);
  }
  const out: Record<string, number> = {};
  for (const [k, [a, n]] of [...hits].sort()) if (n >= minCases) out[k] = round(a / n);
  return out;
}

function gap(groups: Readonly<Record<string, number>>): number {
  const v = Object.values(groups);
  return v.length < 2 ? 0 : round(Math.max(...v) - Math.min(...v));
}

/** F1 of a mean recall and a mean precision (DDF1 is computed from the means, not per case). */
export function f1(recall: number, precision: number): number {
  return recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
}

/** The DDXPlus summary of a policy's case outcomes: accuracy, differential recall and precision, calibration, questions asked. */
export function summarise(outcomes: readonly CaseOutcome[]): DdxplusSummary {
  const n = outcomes.length || 1;
  const mean = (f: (o: CaseOutcome) => number): number => outcomes.reduce((a, o) => a + f(o), 0) / n;
  const ddr = mean((o) => o.ddRecallPosterior ?? o.ddRecall);
  const ddp = mean((o) => o.ddPrecisionPosterior ?? o.ddPrecision);
  const ddrNative = mean((o) => o.ddRecall);
  const ddpNative = mean((o) => o.ddPrecision);
  const ddrList = mean((o) => o.ddRecallList ?? o.ddRecallPosterior ?? o.ddRecall);
  const ddpList = mean((o) => o.ddPrecisionList ?? o.ddPrecisionPosterior ?? o.ddPrecision);
  const bySex = groupTop1(outcomes, (o) => o.sex);
  const byAge = groupTop1(outcomes, (o) => o.ageBand);
  return {
    cases: outcomes.length,
    gtpa1: round(mean((o) => (o.trueRank === 0 ? 1 : 0))),
    gtpa3: round(mean((o) => (o.trueRank >= 0 && o.trueRank < 3 ? 1 : 0))),
    gtpa5: round(mean((o) => (o.trueRank >= 0 && o.trueRank < 5 ? 1 : 0))),
    gtpa: round(mean((o) => o.trueProbability)),
    il: round(mean((o) => o.questions), 3),
    ddr: round(ddr),
    ddp: round(ddp),
    ddf1: round(f1(ddr, ddp)),
    ece: round(expectedCalibrationError(outcomes.map((o) => o.topProbability), outcomes.map((o) => o.trueRank === 0))),
    ddf1_native: round(f1(ddrNative, ddpNative)),
    ddr_list: round(ddrList),
    ddp_list: round(ddpList),
    ddf1_list: round(f1(ddrList, ddpList)),
    top1_by_sex: bySex,
    top1_by_age_band: byAge,
    fairness_gap_sex: gap(bySex),
    fairness_gap_age: gap(byAge),
  };
}
