/**
 * The differential list's plausibility model (`model.membership`, a logistic head learned from
 * differential labels). The calibrated posterior answers "how likely is each condition"; this answers
 * "which conditions would a clinician keep on the list", per condition:
 *   logit(c) = bias[c] + w[age band][c] + w[sex][c] + sum over observed findings of their feature weights,
 *   plausibility(c) = sigmoid(logit(c)).
 * It never changes the posterior, question choice or stopping. Being linear in the feature atoms, every
 * finding's contribution to a condition's logit is exact: base + sum(contributions) = logit.
 * The head is compiled lazily, once per compiled model (a WeakMap keyed by the CompiledModel), so the
 * compiler and the hot inference loops are untouched.
 */
import { sexIndex, type CompiledFinding, type CompiledModel } from './compile.js';
import type { Observation } from './evidence.js';
import type { Contribution } from './explain.js';
import type { MembershipHead } from './model.js';
import { compileSparseHead, type CompiledSparseHead } from './sparse-head.js';
import { headFeatureKeys, type BeliefState } from './posterior.js';

export const DEFAULT_MEMBERSHIP_THRESHOLD = 0.5;
/**
 * The longest list shown by default. DDXPlus differentials have 9 entries on average (up to 25); a cap
 * of 10 cut the list's differential F1 from 0.83 to 0.80 in cross-validation (docs/ddxplus.md).
 */
export const DEFAULT_MAX_DIFFERENTIAL = 20;

export interface CompiledMembership extends CompiledSparseHead {
  readonly bias: Float64Array;
  readonly threshold: number;
}

const cache = new WeakMap<CompiledModel, CompiledMembership | null>();

/** The membership head compiled against a compiled model's findings and age bands. */
export function compileMembership(cm: CompiledModel, h: MembershipHead): CompiledMembership {
  return {
    bias: Float64Array.from(h.bias),
    threshold: h.threshold ?? DEFAULT_MEMBERSHIP_THRESHOLD,
    ...compileSparseHead(h, cm.model.findings, cm.model.ageBands),
  };
}

/** The model's compiled membership head, or undefined when it has none. */
export function membershipOf(cm: CompiledModel): CompiledMembership | undefined {
  let m = cache.get(cm);
  if (m === undefined) {
    m = cm.model.membership ? compileMembership(cm, cm.model.membership) : null;
    cache.set(cm, m);
  }
  return m ?? undefined;
}

/**
 * Feature indices an observation activates, without duplicates (the same atoms as `headFeatureKeys`).
 * Common shapes take a path without strings; anything else goes through the keys.
 */
function observationFeatures(mh: CompiledMembership, cf: CompiledFinding, obs: Observation): number[] {
  const def = cf.def;
  const slots = mh.findingFeature[cf.index]!;
  if (def.valueType === 'binary' && 'present' in obs) return [slots[obs.present ? 1 : 0]!];
  if ((def.valueType === 'categorical' || def.valueType === 'ordinal') && 'value' in obs) {
    const v = cf.valueIndex.get(obs.value);
    if (v !== undefined) return [slots[v]!];
  }
  if (def.valueType === 'multi' && 'values' in obs && obs.values.every((v) => cf.valueIndex.has(v))) {
    const idx = [...new Set(obs.values.map((v) => cf.valueIndex.get(v)!))].filter((i) => i !== cf.noneValue).sort((a, b) => a - b);
    return idx.length === 0 ? [slots[def.values.length]!] : idx.map((i) => slots[i]!);
  }
  return [...new Set(headFeatureKeys(cf, obs))].map((k) => mh.featureIndex.get(k) ?? -1);
}

function addRow(mh: CompiledMembership, f: number, out: Float64Array): void {
  if (f < 0) return;
  const idx = mh.rowIdx[f]!;
  const w = mh.rowW[f]!;
  for (let j = 0; j < idx.length; j++) out[idx[j]!]! += w[j]!;
}

function weightOf(mh: CompiledMembership, f: number, c: number): number {
  if (f < 0) return 0;
  const idx = mh.rowIdx[f]!;
  for (let j = 0; j < idx.length; j++) if (idx[j] === c) return mh.rowW[f]![j]!;
  return 0;
}

/** Membership logits per condition, or undefined when the model has no membership head. */
export function membershipLogits(state: BeliefState): Float64Array | undefined {
  const { cm } = state;
  const mh = membershipOf(cm);
  if (!mh) return undefined;
  const out = Float64Array.from(mh.bias);
  addRow(mh, mh.ageFeature[state.band] ?? -1, out);
  addRow(mh, mh.sexFeature[sexIndex(state.sex)] ?? -1, out);
  for (const obs of state.observations) {
    const fi = cm.findingIndex.get(obs.id);
    if (fi === undefined) continue;
    for (const f of observationFeatures(mh, cm.findings[fi]!, obs)) addRow(mh, f, out);
  }
  return out;
}

/** The logistic function, computed without overflow for large |x|. */
export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** Plausibility sigmoid(logit) per condition, or undefined without a membership head. */
export function plausibilities(state: BeliefState): Float64Array | undefined {
  const m = membershipLogits(state);
  if (!m) return undefined;
  for (let c = 0; c < m.length; c++) m[c] = sigmoid(m[c]!);
  return m;
}

export interface MembershipExplanation {
  readonly conditionId: string;
  readonly logit: number;
  readonly plausibility: number;
  /** The list threshold on plausibility. */
  readonly threshold: number;
  /** bias + age band weight + sex weight: the logit before any finding. */
  readonly base: number;
  /** Every observed finding's contribution to the logit (log-odds, `llr`), largest |llr| first. */
  readonly contributions: readonly Contribution[];
  readonly for: readonly Contribution[];
  readonly against: readonly Contribution[];
}

/** Why condition c is (or is not) plausible: base + sum of contributions = logit. */
export function membershipExplain(state: BeliefState, conditionIndex: number): MembershipExplanation | undefined {
  const { cm } = state;
  const mh = membershipOf(cm);
  if (!mh) return undefined;
  const c = conditionIndex;
  const base = mh.bias[c]! + weightOf(mh, mh.ageFeature[state.band] ?? -1, c) + weightOf(mh, mh.sexFeature[sexIndex(state.sex)] ?? -1, c);
  let logit = base;
  const contributions: Contribution[] = [];
  for (const obs of state.observations) {
    const fi = cm.findingIndex.get(obs.id);
    if (fi === undefined) continue;
    const cf = cm.findings[fi]!;
    let llr = 0;
    for (const f of observationFeatures(mh, cf, obs)) llr += weightOf(mh, f, c);
    logit += llr;
    contributions.push({ findingId: cf.def.id, name: cf.def.name, observation: obs, llr });
  }
  const sorted = contributions.sort((a, b) => Math.abs(b.llr) - Math.abs(a.llr) || a.findingId.localeCompare(b.findingId));
  return {
    conditionId: cm.model.conditions[c]!.id,
    logit,
    plausibility: sigmoid(logit),
    threshold: mh.threshold,
    base,
    contributions: sorted,
    for: sorted.filter((x) => x.llr > 0),
    against: sorted.filter((x) => x.llr < 0),
  };
}

/** Why an entry is on the differential list. */
export type ListReason = 'leader' | 'probability' | 'plausibility';

export interface ListOptions {
  /** Posterior at or above this is listed (default 0.01). */
  readonly probabilityThreshold?: number;
  /** Plausibility at or above this is listed (default: the head's threshold). */
  readonly plausibilityThreshold?: number;
  /** At most this many entries (default `DEFAULT_MAX_DIFFERENTIAL`). */
  readonly max?: number;
}

/**
 * The differential list: the leader, every condition with posterior >= the probability threshold, and
 * every condition with plausibility >= the plausibility threshold. The probable ones come first by
 * posterior, then the plausible-only ones by plausibility (their posteriors are all below the
 * threshold and carry no ordering a clinician could use); ties by condition index; capped at `max`.
 */
export function differentialList(p: Float64Array, plausibility: Float64Array | undefined, opts: ListOptions & { readonly plausibilityThreshold: number }): number[] {
  const pt = opts.probabilityThreshold ?? 0.01;
  const max = opts.max ?? DEFAULT_MAX_DIFFERENTIAL;
  let top = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[top]!) top = c;
  const probable: number[] = [];
  const plausible: number[] = [];
  for (let c = 0; c < p.length; c++) {
    if (c === top || p[c]! >= pt) probable.push(c);
    else if (plausibility && plausibility[c]! >= opts.plausibilityThreshold) plausible.push(c);
  }
  probable.sort((a, b) => p[b]! - p[a]! || a - b);
  plausible.sort((a, b) => plausibility![b]! - plausibility![a]! || a - b);
  return probable.concat(plausible).slice(0, max);
}
