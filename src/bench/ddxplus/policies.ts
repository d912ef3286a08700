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
import { profileOptions, type Profile } from '../../learn/ddxplus/profiles.js';

// The profiles moved to learn (training simulates them); re-exported for the benchmark's callers.
export { PROFILE_PLANNING, PROFILE_RULES, PROFILES, profileOptions, type Profile } from '../../learn/ddxplus/profiles.js';

export type PolicyName = 'ddx' | 'no-questions' | 'random' | 'info-gain';

export interface PolicySpec {
  readonly name: PolicyName;
  readonly options: (cm: CompiledModel, caseKey: string) => WorkupOptions;
}

function randomChooser(cm: CompiledModel, seed: number): (ranked: readonly ScoredAction[], state: BeliefState) => ScoredAction | undefined {
  const rng = createRng(seed);
  return (_ranked, state) => {
    const open = cm.actions.filter((a) => a.findings.some((f) => state.status[f] === FindingStatus.Unknown));
    if (open.length === 0) return undefined;
    const a = open[rng.int(open.length)]!;
    return { actionIndex: a.index, actionId: a.id, kind: a.kind, name: a.name, costUsd: 0, expectedGain: 0, challenger: 0, score: 0 };
  };
}

/** The policies compared at a profile: ddx, no questions, random questions (seeded per case), and information gain without the challenger term or cost. */
export function policiesFor(profile: Profile, seed = 1): PolicySpec[] {
  const base = profileOptions(profile);
  const rules = base.rules!;
  return [
    { name: 'ddx', options: () => base },
    { name: 'no-questions', options: () => ({ mode: 'instant', trace: false }) },
    {
      name: 'random',
      options: (cm, key) => ({ ...base, rules: { ...rules, minGain: -1, minScore: -1 }, choose: randomChooser(cm, hashSeed(key, seed)) }),
    },
    { name: 'info-gain', options: () => ({ ...base, rules, challengerWeight: 0, costAware: false }) },
  ];
}
