/**
 * The belief state and the posterior over conditions. A condition's score is
 *   nb(c)   = log prior(c | age band, sex) + sum over observed outcomes of [log P(o | c) - log P(o | leak)]
 *   s(c)    = nb(c)                                      without a head, or
 *   s(c)    = nbWeight * nb(c) + bias(c) + sum of head feature weights     with a learned head,
 * and the posterior is softmax(s / T) with the calibration temperature T. Unobserved findings are
 * simply left out. Observing returns a new state; the arrays are small (one float per condition).
 */
import { ageBandIndex, sexIndex, type CompiledFinding, type CompiledModel } from './compile.js';
import type { Observation, PatientCase } from './evidence.js';
import type { Sex } from './model.js';
import { addAgeLikelihoods } from './age-likelihood.js';

export const enum FindingStatus {
  Unknown = 0,
  Observed = 1,
  /** The parent finding is absent, so this one does not apply. */
  NotApplicable = 2,
  /** Asked, but no answer (the patient did not know, or the user skipped). */
  Skipped = 3,
}

export interface BeliefState {
  readonly cm: CompiledModel;
  readonly age: number;
  readonly sex: Sex;
  readonly band: number;
  /** Naive-Bayes score per condition (log prior + log-likelihood ratios of observed outcomes). */
  readonly nb: Float64Array;
  /** Head score per condition (bias + feature weights), when the model has a head. */
  readonly head: Float64Array | undefined;
  readonly status: Uint8Array;
  readonly observations: readonly Observation[];
  /** The case's date (ISO), when it has one: period priors apply to it. */
  readonly date?: string;
}

/** Row indices into `cf.rows` for an observation of that finding. */
export function outcomeRows(cf: CompiledFinding, obs: Observation): number[] {
  const def = cf.def;
  if (def.valueType === 'binary') return 'present' in obs ? [obs.present ? 1 : 0] : [];
  if (def.valueType === 'multi') {
    const present = new Set<number>();
    if ('values' in obs) for (const v of obs.values) present.add(cf.valueIndex.get(v) ?? -1);
    else if ('value' in obs) present.add(cf.valueIndex.get(obs.value) ?? -1);
    const rows: number[] = [];
    for (let i = 0; i < def.values.length; i++) {
      if (i === cf.noneValue) continue;
      rows.push(2 * i + (present.has(i) ? 1 : 0));
    }
    return rows;
  }
  if ('value' in obs) {
    const v = cf.valueIndex.get(obs.value);
    return v === undefined ? [] : [v];
  }
  return [];
}

/** Head feature keys triggered by an observation (see `LinearHead` in model.ts). */
export function headFeatureKeys(cf: CompiledFinding, obs: Observation): string[] {
  const id = cf.def.id;
  if ('present' in obs) return [`${id}=${obs.present ? 1 : 0}`];
  if ('value' in obs) return [`${id}=${obs.value}`];
  const vals = obs.values.filter((v) => cf.valueIndex.get(v) !== cf.noneValue);
  return vals.length === 0 ? [`${id}=none`] : vals.map((v) => `${id}=${v}`);
}

/** True when the observation says the finding is absent (binary absent, or a multi-choice/categorical default). */
export function isAbsentObservation(cf: CompiledFinding, obs: Observation): boolean {
  if ('present' in obs) return !obs.present;
  if ('values' in obs) return obs.values.every((v) => cf.valueIndex.get(v) === cf.noneValue);
  const def = cf.def;
  return def.valueType !== 'binary' && def.defaultValue === obs.value;
}

function addHeadFeatures(cm: CompiledModel, head: Float64Array, keys: readonly string[], sign = 1): void {
  const h = cm.head;
  if (!h) return;
  for (const k of keys) {
    const f = h.featureIndex.get(k);
    if (f === undefined) continue;
    const idx = h.rowIdx[f]!;
    const w = h.rowW[f]!;
    for (let j = 0; j < idx.length; j++) head[idx[j]!]! += sign * w[j]!;
  }
}

export function demographicFeatureKeys(cm: CompiledModel, band: number, sex: Sex): string[] {
  return [`age=${cm.model.ageBands[band]?.id ?? ''}`, `sex=${sex}`];
}

/** Log prior multiplier of condition `c` for a case dated `date` (0 without a date or period rows). */
export function periodLogFactor(cm: CompiledModel, c: number, date: string | undefined): number {
  if (date === undefined) return 0;
  let x = 0;
  for (const r of cm.periodPrior) if (r.condition === c && r.from <= date && date < r.until) x += r.logFactor;
  return x;
}

export function initialBelief(cm: CompiledModel, age: number, sex: Sex, date?: string): BeliefState {
  const band = ageBandIndex(cm.model, age);
  const nb = Float64Array.from(cm.logPrior[band * 2 + sexIndex(sex)]!);
  if (date !== undefined) for (const r of cm.periodPrior) if (r.from <= date && date < r.until) nb[r.condition]! += r.logFactor;
  let head: Float64Array | undefined;
  if (cm.head) {
    head = Float64Array.from(cm.head.bias);
    addFeature(cm, head, cm.head.ageFeature[band] ?? -1);
    addFeature(cm, head, cm.head.sexFeature[sexIndex(sex)] ?? -1);
  }
  return { cm, age, sex, band, nb, head, status: new Uint8Array(cm.findings.length), observations: [], ...(date !== undefined ? { date } : {}) };
}

/**
 * Every outcome row's listed log-likelihood ratios (`OutcomeRow.llrListed` with its conditions) in one
 * pair of flat arrays, so observing a finding reads two small runs instead of chasing row objects:
 * row `rowBase[f] + r` spans [start[k], start[k + 1]). Built once per model.
 */
interface FlatRows {
  readonly rowBase: Int32Array;
  readonly start: Int32Array;
  readonly idx: Int32Array;
  readonly llr: Float64Array;
}
const flatByModel = new WeakMap<CompiledModel, FlatRows>();
function flatRows(cm: CompiledModel): FlatRows {
  let fr = flatByModel.get(cm);
  if (!fr) {
    const rowBase = new Int32Array(cm.findings.length + 1);
    let nRows = 0;
    let nEntries = 0;
    for (const cf of cm.findings) {
      rowBase[cf.index] = nRows;
      nRows += cf.rows.length;
      nEntries += cf.rows.length * cf.listedIdx.length;
    }
    rowBase[cm.findings.length] = nRows;
    const start = new Int32Array(nRows + 1);
    const idx = new Int32Array(nEntries);
    const llr = new Float64Array(nEntries);
    let k = 0;
    let e = 0;
    for (const cf of cm.findings) {
      for (const row of cf.rows) {
        start[k++] = e;
        idx.set(cf.listedIdx, e);
        llr.set(row.llrListed, e);
        e += cf.listedIdx.length;
      }
    }
    start[nRows] = e;
    fr = { rowBase, start, idx, llr };
    flatByModel.set(cm, fr);
  }
  return fr;
}

/** nb += log P(row | c) - log P(row | leak). Unlisted conditions add exactly 0, so only listed ones are visited. */
function addRow(cf: CompiledFinding, r: number, nb: Float64Array, fr: FlatRows): void {
  const k = fr.rowBase[cf.index]! + r;
  const idx = fr.idx;
  const llr = fr.llr;
  for (let j = fr.start[k]!, end = fr.start[k + 1]!; j < end; j++) nb[idx[j]!]! += llr[j]!;
}

function addFeature(cm: CompiledModel, head: Float64Array, f: number): void {
  if (f < 0) return;
  const h = cm.head!;
  const idx = h.rowIdx[f]!;
  const w = h.rowW[f]!;
  for (let j = 0; j < idx.length; j++) head[idx[j]!]! += w[j]!;
}

let presentScratch = new Uint8Array(64);

/**
 * Apply one observation to the score arrays. The common shapes (binary yes/no, a known value, a
 * multi-choice list of known values) take a path without strings or allocations; anything else falls
 * back to `outcomeRows`/`headFeatureKeys`, which define the semantics (and which `explain` uses).
 */
function applyObservation(cm: CompiledModel, cf: CompiledFinding, obs: Observation, nb: Float64Array, head: Float64Array | undefined, fr: FlatRows): void {
  const def = cf.def;
  const ff = cm.head?.findingFeature[cf.index];
  if (def.valueType === 'binary' && 'present' in obs) {
    const r = obs.present ? 1 : 0;
    addRow(cf, r, nb, fr);
    if (head) addFeature(cm, head, ff![r]!);
    return;
  }
  if ((def.valueType === 'categorical' || def.valueType === 'ordinal') && 'value' in obs) {
    const v = cf.valueIndex.get(obs.value);
    if (v !== undefined) {
      addRow(cf, v, nb, fr);
      if (head) addFeature(cm, head, ff![v]!);
      return;
    }
  }
  if (def.valueType === 'multi' && 'values' in obs) {
    const nV = def.values.length;
    let known = true;
    for (const v of obs.values) if (cf.valueIndex.get(v) === undefined) known = false;
    if (known) {
      if (presentScratch.length < nV) presentScratch = new Uint8Array(nV * 2);
      const present = presentScratch;
      present.fill(0, 0, nV);
      let count = 0;
      for (const v of obs.values) {
        const i = cf.valueIndex.get(v)!;
        present[i] = 1;
        if (i !== cf.noneValue) {
          count++;
          if (head) addFeature(cm, head, ff![i]!);
        }
      }
      if (head && count === 0) addFeature(cm, head, ff![nV]!);
      for (let i = 0; i < nV; i++) if (i !== cf.noneValue) addRow(cf, 2 * i + present[i]!, nb, fr);
      return;
    }
  }
  for (const r of outcomeRows(cf, obs)) addRow(cf, r, nb, fr);
  if (head) addHeadFeatures(cm, head, headFeatureKeys(cf, obs));
}

/**
 * Apply observations to score and status arrays in place, appending the ones taken to `added`.
 * Shared by `observe` (on fresh copies) and the work-up loop's fast path (on arrays it owns).
 */
export function observeInto(cm: CompiledModel, nb: Float64Array, head: Float64Array | undefined, status: Uint8Array, observations: readonly Observation[], added: Observation[], age?: number): void {
  const fr = flatRows(cm);
  for (const obs of observations) {
    const fi = cm.findingIndex.get(obs.id);
    if (fi === undefined || status[fi] === FindingStatus.Observed) continue;
    const cf = cm.findings[fi]!;
    status[fi] = FindingStatus.Observed;
    added.push(obs);
    applyObservation(cm, cf, obs, nb, head, fr);
    if (age !== undefined && cm.ageLikelihoods.size > 0 && 'present' in obs) addAgeLikelihoods(cm.ageLikelihoods, fi, obs.present, age, nb);
    if (isAbsentObservation(cf, obs)) markChildrenNotApplicable(cm, fi, status);
  }
}

/** Add observations; a finding already observed is left as it was (first answer wins). */
export function observe(state: BeliefState, observations: readonly Observation[]): BeliefState {
  const { cm } = state;
  const nb = Float64Array.from(state.nb);
  const head = state.head ? Float64Array.from(state.head) : undefined;
  const status = Uint8Array.from(state.status);
  const added: Observation[] = [];
  observeInto(cm, nb, head, status, observations, added, state.age);
  return { cm, age: state.age, sex: state.sex, band: state.band, nb, head, status, observations: added.length === 0 ? state.observations : state.observations.concat(added), ...(state.date !== undefined ? { date: state.date } : {}) };
}

/** Mark still-unknown findings as skipped: asked, with no answer, and not to be asked again. */
export function markSkipped(state: BeliefState, findingIndices: readonly number[]): BeliefState {
  if (findingIndices.every((fi) => state.status[fi] !== FindingStatus.Unknown)) return state;
  const status = Uint8Array.from(state.status);
  for (const fi of findingIndices) if (status[fi] === FindingStatus.Unknown) status[fi] = FindingStatus.Skipped;
  return { ...state, status };
}

function markChildrenNotApplicable(cm: CompiledModel, parent: number, status: Uint8Array): void {
  for (const ci of cm.findings[parent]!.children) if (status[ci] === FindingStatus.Unknown) status[ci] = FindingStatus.NotApplicable;
}

export function beliefFromCase(cm: CompiledModel, pc: PatientCase): BeliefState {
  return observe(initialBelief(cm, pc.age, pc.sex, pc.date), pc.findings);
}

/** The model's score s(c) per condition (before temperature). */
export function scores(state: BeliefState): Float64Array {
  const { cm, nb, head } = state;
  if (!head || !cm.head) return nb;
  const w = cm.head.nbWeight;
  const out = new Float64Array(nb.length);
  for (let c = 0; c < nb.length; c++) out[c] = w * nb[c]! + head[c]!;
  return out;
}

/** softmax(s / T): the calibrated posterior over conditions. */
export function softmax(s: Float64Array, temperature = 1, out: Float64Array = new Float64Array(s.length)): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < s.length; i++) if (s[i]! > max) max = s[i]!;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const e = Math.exp((s[i]! - max) / temperature);
    out[i] = e;
    total += e;
  }
  for (let i = 0; i < s.length; i++) out[i]! /= total;
  return out;
}

export function posterior(state: BeliefState): Float64Array {
  return softmax(scores(state), state.cm.temperature);
}

/** The generative (naive-Bayes) posterior, softmax(nb / temperature): what planning and stopping may act on. */
export function nbPosterior(state: BeliefState, out?: Float64Array, temperature = 1): Float64Array {
  return softmax(state.nb, temperature, out);
}

export function entropy(p: Float64Array): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (v > 0) h -= v * Math.log(v);
  }
  return h;
}

/** Condition indices sorted by descending probability (ties by index, so the order is stable). */
export function rank(p: Float64Array): number[] {
  const idx = Array.from({ length: p.length }, (_, i) => i);
  idx.sort((a, b) => p[b]! - p[a]! || a - b);
  return idx;
}

/**
 * The k most probable conditions, best first (ties by index), as `rank(p).slice(0, k)` but without
 * sorting every condition: one pass keeps a small sorted buffer (a model may have thousands).
 */
export function topK(p: Float64Array, k: number): number[] {
  const out: number[] = [];
  if (k <= 0) return out;
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (out.length === k) {
      if (!(v > p[out[k - 1]!]!)) continue;
      out.pop();
    }
    let j = out.length;
    while (j > 0 && p[out[j - 1]!]! < v) j--;
    out.splice(j, 0, i);
  }
  return out;
}
