/**
 * Triage and safety: from the current belief, the observed findings and the model's red-flag rules,
 * the care level to show (emergency > urgent > routine > self-care), the red flags that fired, and
 * every can't-miss condition above a small probability, even when it is outside the top 5.
 * Pure: no I/O. Decision support for clinicians; the wording lives in the model and the UI.
 */
import type { CompiledModel } from './compile.js';
import type { CareLevel, KnowledgeModel, RedFlagRule } from './model.js';
import type { Observation } from './evidence.js';
import { posterior, rank, type BeliefState } from './posterior.js';

/** Binary findings observed present (categorical and multi-choice findings do not feed red flags). */
export function presentFindings(observations: readonly Observation[]): Set<string> {
  const out = new Set<string>();
  for (const o of observations) if ('present' in o && o.present) out.add(o.id);
  return out;
}

export const CARE_ORDER: readonly CareLevel[] = ['self-care', 'routine', 'urgent', 'emergency'];
const rankOf = (l: CareLevel): number => CARE_ORDER.indexOf(l);
const maxLevel = (a: CareLevel, b: CareLevel): CareLevel => (rankOf(a) >= rankOf(b) ? a : b);

export interface CantMissAlert {
  readonly conditionId: string;
  readonly name: string;
  readonly probability: number;
  /** 1-based position in the differential. */
  readonly rank: number;
  readonly careLevel: CareLevel;
}

export interface TriageResult {
  readonly level: CareLevel;
  /** Why the level is what it is, most urgent first, as stable codes (`red-flag:<id>`, `cant-miss:<id>`, `leading:<id>`). */
  readonly reasons: readonly string[];
  readonly redFlags: readonly RedFlagRule[];
  readonly cantMiss: readonly CantMissAlert[];
}

export interface TriageOptions {
  /** Can't-miss conditions at or above this probability are listed (default: the model's threshold, else 0.01). */
  readonly cantMissThreshold?: number;
  /** A listed can't-miss condition at or above this probability sets the level to its own care level (default 0.05); below it, at least urgent. */
  readonly escalateAt?: number;
  /** The leading conditions whose care level counts (default: those with probability >= 0.2, and always the top one). */
  readonly leadingMin?: number;
}

/** Red-flag rules that fire on a set of findings observed present. */
export function firedRedFlags(rules: readonly RedFlagRule[], present: ReadonlySet<string>): RedFlagRule[] {
  return rules.filter((r) => r.all.every((f) => present.has(f))
    && (r.any === undefined || r.any.some((f) => present.has(f)))
    && (r.with === undefined || r.with.some((f) => present.has(f)))
    && (r.all.length > 0 || r.any !== undefined || r.with !== undefined));
}

/** Triage from explicit inputs: a posterior over the model's conditions and the findings observed present. */
export function triageFromPosterior(model: KnowledgeModel, p: ArrayLike<number>, present: ReadonlySet<string>, opts: TriageOptions = {}): TriageResult {
  const threshold = opts.cantMissThreshold ?? model.cantMissThreshold ?? 0.01;
  const escalateAt = opts.escalateAt ?? 0.05;
  const leadingMin = opts.leadingMin ?? 0.2;
  const order = rank(Float64Array.from(p as ArrayLike<number>));
  let level: CareLevel = 'self-care';
  const reasons: { code: string; level: CareLevel }[] = [];
  order.forEach((c, i) => {
    const def = model.conditions[c]!;
    const prob = p[c]!;
    if (i === 0 || prob >= leadingMin) {
      const l = def.careLevel ?? 'routine';
      level = maxLevel(level, l);
      reasons.push({ code: `leading:${def.id}`, level: l });
    }
  });
  const cantMiss: CantMissAlert[] = [];
  order.forEach((c, i) => {
    const def = model.conditions[c]!;
    const prob = p[c]!;
    if (!def.cantMiss || prob < threshold) return;
    const care = def.careLevel ?? 'urgent';
    cantMiss.push({ conditionId: def.id, name: def.name, probability: prob, rank: i + 1, careLevel: care });
    const l = prob >= escalateAt ? care : maxLevel('urgent', CARE_ORDER[Math.min(rankOf(care), rankOf('urgent'))]!);
    level = maxLevel(level, l);
    reasons.push({ code: `cant-miss:${def.id}`, level: l });
  });
  const redFlags = firedRedFlags(model.redFlags ?? [], present);
  for (const r of redFlags) {
    level = maxLevel(level, r.level);
    reasons.push({ code: `red-flag:${r.id}`, level: r.level });
  }
  reasons.sort((a, b) => rankOf(b.level) - rankOf(a.level) || a.code.localeCompare(b.code));
  return { level, reasons: reasons.map((r) => r.code), redFlags, cantMiss };
}

/** Triage for a belief state (the engine's working state during a work-up). */
export function triage(state: BeliefState, opts: TriageOptions = {}): TriageResult {
  const cm: CompiledModel = state.cm;
  return triageFromPosterior(cm.model, posterior(state), presentFindings(state.observations), opts);
}
