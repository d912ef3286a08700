/**
 * DDXPlus specifics of the membership (plausibility) head that shapes the differential list: which
 * patients, which partial observations, which labels and weights. The examples are the beliefs the
 * questioning policies actually produce on the training patients (fast and thorough profiles, with
 * snapshots along the way), so asked-but-absent evidences are known negatives exactly as at inference.
 * The label of condition c is "c is in DIFFERENTIAL_DIAGNOSIS with probability >= 0.01". The first
 * `priorRows` train rows are the representative sample (all 49 pathologies, full-size differentials)
 * and are weighted up against the later rows (20 pathologies, short differentials), which are also
 * subsampled. Deterministic: seeded, fixed epochs, weights rounded before they reach the artifact.
 */
import type { CompiledModel } from '../../core/compile.js';
import type { MembershipHead } from '../../core/model.js';
import { initialBelief, observe, type BeliefState } from '../../core/posterior.js';
import { runWorkup } from '../../core/workup.js';
import { profileOptions, type Profile } from './profiles.js';
import { initialObservations, patientOracle } from './protocol.js';
import { conditionId } from './build-model.js';
import { beliefFeatures } from './head.js';
import { DEFAULT_MEMBERSHIP_TRAIN, toMembershipHead, trainMembership, type MembershipExample, type MembershipExport, type MembershipTrainOptions } from './membership.js';
import type { DdxplusPatient } from './records.js';

export interface DdxplusMembershipOptions {
  /** Rows before this index are the representative sample (weight 1). */
  readonly priorRows: number;
  /** Example weight of the rows after the representative sample. */
  readonly tailWeight: number;
  /** Use every n-th row after the representative sample. */
  readonly tailStride: number;
  /** Question counts at which a belief snapshot is taken (the final belief is always taken). */
  readonly snapshots: readonly number[];
  readonly profiles: readonly Profile[];
  readonly train: MembershipTrainOptions;
  readonly export: MembershipExport;
}

/** Threshold 0.3: chosen by 5-fold CV on the representative train rows (docs/ddxplus.md). */
export const DEFAULT_DDXPLUS_MEMBERSHIP: DdxplusMembershipOptions = {
  priorRows: 1000,
  tailWeight: 0.1,
  tailStride: 4,
  snapshots: [0, 2, 4, 6, 8, 10, 15, 20],
  profiles: ['fast', 'thorough'],
  train: DEFAULT_MEMBERSHIP_TRAIN,
  export: { digits: 3, pruneBelow: 0.01, threshold: 0.3 },
};

/** Condition indices of the patient's ground-truth differential (entries >= 0.01). */
export function differentialMembers(cm: CompiledModel, p: DdxplusPatient): number[] {
  const out = new Set<number>();
  for (const [name, q] of p.differential) {
    const c = q >= 0.01 ? cm.conditionIndex.get(conditionId(name)) : undefined;
    if (c !== undefined) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

/** Beliefs along each profile's questioning of one patient: the snapshots it reaches and the final one. */
export function simulatedBeliefs(cm: CompiledModel, p: DdxplusPatient, profiles: readonly Profile[], snapshots: ReadonlySet<number>): BeliefState[] {
  const out: BeliefState[] = [];
  for (const profile of profiles) {
    const oracle = patientOracle(cm, p);
    let calls = 0;
    const res = runWorkup(observe(initialBelief(cm, p.age, p.sex), initialObservations(cm, p)), (a, s) => {
      if (snapshots.has(calls)) out.push(s);
      calls++;
      return oracle(a, s);
    }, { ...profileOptions(profile), trace: false });
    out.push(res.belief);
  }
  return out;
}

/** The membership head's training examples: snapshots of simulated questioning of the representative patients and a stride of the rest, labelled with each patient's differential. */
export function buildMembershipExamples(cm: CompiledModel, patients: readonly DdxplusPatient[], opts: DdxplusMembershipOptions = DEFAULT_DDXPLUS_MEMBERSHIP): MembershipExample[] {
  const snapshots = new Set(opts.snapshots);
  const out: MembershipExample[] = [];
  patients.forEach((p, i) => {
    const representative = i < opts.priorRows;
    if (!representative && (opts.tailWeight <= 0 || (i - opts.priorRows) % opts.tailStride !== 0)) return;
    const members = differentialMembers(cm, p);
    if (members.length === 0) return;
    const weight = representative ? 1 : opts.tailWeight;
    for (const s of simulatedBeliefs(cm, p, opts.profiles, snapshots)) out.push({ features: beliefFeatures(s), members, weight });
  });
  return out;
}

/** Train the membership head on the training patients (never dev). */
export function trainDdxplusMembership(cm: CompiledModel, patients: readonly DdxplusPatient[], opts: DdxplusMembershipOptions = DEFAULT_DDXPLUS_MEMBERSHIP): { head: MembershipHead; examples: number } {
  const examples = buildMembershipExamples(cm, patients, opts);
  const m = trainMembership(cm.nConditions, examples, opts.train);
  return { head: toMembershipHead(m, opts.export), examples: examples.length };
}
