/**
 * DDXPlus specifics of head training: which patients, which policies are simulated, the soft target
 * (DIFFERENTIAL_DIAGNOSIS mixed with the true PATHOLOGY) and the example weights. The train file's
 * first `priorRows` rows are a representative sample of all 49 pathologies with full-size
 * differentials; the rest come from 20 pathologies with much smaller differentials, so they are
 * down-weighted (and subsampled) to keep the head from learning that shift.
 */
import type { CompiledModel } from '../../core/compile.js';
import { initialBelief, observe } from '../../core/posterior.js';
import type { WorkupOptions } from '../../core/workup.js';
import { profileOptions } from './profiles.js';
import { initialObservations, patientOracle } from './protocol.js';
import { conditionId } from './build-model.js';
import { DEFAULT_HEAD_TRAIN, simulateExamples, type HeadExample, type HeadTrainOptions, type SimCase } from './head.js';
import type { DdxplusPatient } from './records.js';

export interface DdxplusHeadOptions {
  /** Weight of the one-hot PATHOLOGY in the target; the rest is the normalised differential. */
  readonly pathologyWeight: number;
  /** Rows before this index are the representative sample. */
  readonly priorRows: number;
  /** Example weight of rows after the representative sample. */
  readonly tailWeight: number;
  /** Use every n-th row after the representative sample. */
  readonly tailStride: number;
  /** Question counts at which a belief snapshot is taken (the final belief is always taken). */
  readonly snapshots: readonly number[];
  readonly train: HeadTrainOptions;
}

export const DEFAULT_DDXPLUS_HEAD: DdxplusHeadOptions = {
  pathologyWeight: 0.5, priorRows: 1000, tailWeight: 0.1, tailStride: 2, snapshots: [0, 2, 5, 10, 15, 20], train: DEFAULT_HEAD_TRAIN,
};

/** The policies whose partial observations the head must handle: ddx's fast and thorough profiles. */
export function headPolicies(): WorkupOptions[] {
  return [profileOptions('fast'), profileOptions('thorough')];
}

/** The head's soft target for a patient: the DDXPlus differential's probabilities mixed with the true pathology at `pathologyWeight`; undefined when the pathology is not in the model. */
export function targetFor(cm: CompiledModel, p: DdxplusPatient, pathologyWeight: number): Float64Array | undefined {
  const y = new Float64Array(cm.nConditions);
  const truth = cm.conditionIndex.get(conditionId(p.pathology));
  if (truth === undefined) return undefined;
  let total = 0;
  for (const [name, q] of p.differential) {
    const c = cm.conditionIndex.get(conditionId(name));
    if (c !== undefined && q > 0) {
      y[c]! += q;
      total += q;
    }
  }
  if (total <= 0) {
    y[truth] = 1;
    return y;
  }
  for (let c = 0; c < y.length; c++) y[c] = ((1 - pathologyWeight) * y[c]!) / total;
  y[truth]! += pathologyWeight;
  return y;
}

/** The head's training examples: snapshots of simulated questioning of the representative patients and a stride of the rest. */
export function buildHeadExamples(cm: CompiledModel, patients: readonly DdxplusPatient[], opts: DdxplusHeadOptions = DEFAULT_DDXPLUS_HEAD): HeadExample[] {
  const cases: SimCase[] = [];
  patients.forEach((p, i) => {
    const representative = i < opts.priorRows;
    if (!representative && (opts.tailWeight <= 0 || (i - opts.priorRows) % opts.tailStride !== 0)) return;
    const target = targetFor(cm, p, opts.pathologyWeight);
    if (!target) return;
    const start = observe(initialBelief(cm, p.age, p.sex), initialObservations(cm, p));
    cases.push({ start, oracle: patientOracle(cm, p), target, weight: representative ? 1 : opts.tailWeight });
  });
  return simulateExamples(cases, headPolicies(), opts.snapshots);
}
