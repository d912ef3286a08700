/**
 * The agents compared on DDXPlus: ddx's own policy at two operating points (fast, thorough) and the
 * baselines run in the same pass — no questions, random questions, and information gain without the
 * challenger term or cost. All are questions-only: DDXPlus has no tests.
 */
import type { CompiledModel } from '../../core/compile.js';
import type { ScoredAction } from '../../core/next-action.js';
import { FindingStatus, type BeliefState } from '../../core/posterior.js';
import { createRng, hashSeed } from '../../core/random.js';
import type { WorkupOptions } from '../../core/workup.js';

export type Profile = 'fast' | 'thorough';
export const PROFILES: readonly Profile[] = ['fast', 'thorough'];
export type PolicyName = 'ddx' | 'no-questions' | 'random' | 'info-gain';

export interface PolicySpec {
  readonly name: PolicyName;
  readonly options: (cm: CompiledModel, caseKey: string) => WorkupOptions;
}

/** Stopping rules per profile. Tuned on patients-dev.csv only. */
export const PROFILE_RULES: Readonly<Record<Profile, { confidence: number; maxSteps: number; minGain: number }>> = {
  fast: { confidence: 0.9, maxSteps: 8, minGain: 0.01 },
  thorough: { confidence: 0.995, maxSteps: 30, minGain: 0.001 },
};

function randomChooser(cm: CompiledModel, seed: number): (ranked: readonly ScoredAction[], state: BeliefState) => ScoredAction | undefined {
  const rng = createRng(seed);
  return (_ranked, state) => {
    const open = cm.actions.filter((a) => a.findings.some((f) => state.status[f] === FindingStatus.Unknown));
    if (open.length === 0) return undefined;
    const a = open[rng.int(open.length)]!;
    return { actionIndex: a.index, actionId: a.id, kind: a.kind, name: a.name, costUsd: 0, expectedGain: 0, challenger: 0, score: 0 };
  };
}

export function policiesFor(profile: Profile, seed = 1): PolicySpec[] {
  const rules = PROFILE_RULES[profile];
  const base = { mode: 'questions-only' as const, trace: false };
  return [
    { name: 'ddx', options: () => ({ ...base, rules }) },
    { name: 'no-questions', options: () => ({ mode: 'instant', trace: false }) },
    {
      name: 'random',
      options: (cm, key) => ({ ...base, rules: { ...rules, minGain: -1, minScore: -1 }, choose: randomChooser(cm, hashSeed(key, seed)) }),
    },
    { name: 'info-gain', options: () => ({ ...base, rules, challengerWeight: 0, costAware: false }) },
  ];
}
