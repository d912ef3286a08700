/**
 * Stopping rules for a stepwise work-up: stop when the leading condition is probable enough, when the
 * budget or step limit is reached, or when no remaining action is worth its cost.
 */
import type { Mode, ScoredAction } from './next-action.js';

export type StopReason = 'instant' | 'confident' | 'budget' | 'step-limit' | 'no-worthwhile-action';

export interface StopRules {
  /** Stop when the top posterior reaches this (default 0.95). */
  readonly confidence?: number;
  /** Stop after this many actions (default 30). */
  readonly maxSteps?: number;
  /** Stop when the best action's expected gain is below this many nats (default 0.01). */
  readonly minGain?: number;
  /** Stop when the best action's score (gain per dollar) is below this (default 0). */
  readonly minScore?: number;
}

export interface StopInput {
  readonly mode: Mode;
  readonly topProbability: number;
  readonly steps: number;
  readonly best: ScoredAction | undefined;
  /** True when candidates existed but none fitted in the budget. */
  readonly budgetExhausted: boolean;
}

/**
 * The rules that do not depend on the candidate actions (mode, confidence, step limit), in
 * `stopReason`'s order: when one fires, the loop may stop without planning the next action.
 */
export function stopBeforePlanning(mode: Mode, topProbability: number, steps: number, rules: StopRules = {}): StopReason | undefined {
  if (mode === 'instant') return 'instant';
  if (topProbability >= (rules.confidence ?? 0.95)) return 'confident';
  if (steps >= (rules.maxSteps ?? 30)) return 'step-limit';
  return undefined;
}

export function stopReason(input: StopInput, rules: StopRules = {}): StopReason | undefined {
  const early = stopBeforePlanning(input.mode, input.topProbability, input.steps, rules);
  if (early) return early;
  if (!input.best) return input.budgetExhausted ? 'budget' : 'no-worthwhile-action';
  if (input.best.expectedGain + input.best.challenger < (rules.minGain ?? 0.01)) return 'no-worthwhile-action';
  if (input.best.score < (rules.minScore ?? 0)) return 'no-worthwhile-action';
  return undefined;
}
