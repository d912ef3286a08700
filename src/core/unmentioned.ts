/**
 * Unmentioned symptoms of a text read whole (a reporting model; eighteenth session, docs/sessions/18-rank2.md).
 * A narrative (a vignette, a clinician note) names a symptom the patient has with probability m, so a symptom it does
 * not mention is weak evidence against the conditions that list it: P(unmentioned | c) = 1 − m·P(s | c) against
 * 1 − m·leak(s) (INTERNIST-1's penalty for expected manifestations not observed, Miller, Pople & Myers 1982, as a
 * likelihood). Only for findings of kind `symptom` (binary), only for a text that names at least a few symptoms, and
 * only when a whole text is the case at once: in the stepwise work-up a finding not asked is not a finding not
 * mentioned, so a later `observe` drops the term.
 */
import type { CompiledModel } from './compile.js';
import type { BeliefState } from './posterior.js';

/** m, the share of a patient's symptoms a full narrative names: one global value chosen on the read pool. */
export const NARRATIVE_REPORT_RATE = 0.7;
/**
 * A text that names fewer symptoms than this (present or absent) is not a symptom narrative (a note of numbers, a result
 * line): its silence says nothing and it gets no term. Chosen on the read sets: the smallest count at which no read
 * number-note set moves (docs/sessions/18-rank2.md).
 */
export const NARRATIVE_MIN_SYMPTOMS = 4;

/** Per listed symptom, each listed condition's log ratio if unmentioned, and their sum over all symptoms per condition. */
interface Table {
  readonly total: Float64Array;
  /** Finding index -> the listed conditions' log ratios (only symptoms any condition lists). */
  readonly per: ReadonlyMap<number, { readonly idx: Int32Array; readonly d: Float64Array }>;
}
const tables = new WeakMap<CompiledModel, Map<number, Table>>();

function table(cm: CompiledModel, rate: number): Table {
  let byRate = tables.get(cm);
  if (!byRate) { byRate = new Map(); tables.set(cm, byRate); }
  const have = byRate.get(rate);
  if (have) return have;
  const total = new Float64Array(cm.nConditions);
  const per = new Map<number, { idx: Int32Array; d: Float64Array }>();
  for (const cf of cm.findings) {
    if (cf.def.valueType !== 'binary' || cf.def.kind !== 'symptom' || cf.rows.length !== 2 || cf.listedIdx.length === 0) continue;
    const present = cf.rows[1]!;
    const ref = Math.log(1 - rate * present.bg);
    const d = new Float64Array(cf.listedIdx.length);
    for (let j = 0; j < d.length; j++) {
      d[j] = Math.log(1 - rate * present.pListed[j]!) - ref;
      total[cf.listedIdx[j]!]! += d[j]!;
    }
    per.set(cf.index, { idx: cf.listedIdx, d });
  }
  const t = { total, per };
  byRate.set(rate, t);
  return t;
}

/**
 * The per-condition log term of the symptoms a text read whole leaves unmentioned: a symptom is mentioned when it or a
 * finding below it is observed (present or absent). Zero for every condition when rate is 0 or the text names fewer
 * than minSymptoms binary symptoms.
 */
export function unmentionedTerm(state: BeliefState, rate = NARRATIVE_REPORT_RATE, minSymptoms = NARRATIVE_MIN_SYMPTOMS): Float64Array {
  const { cm } = state;
  if (!(rate >= 0 && rate < 1)) throw new RangeError(`unmentionedTerm: rate must be in [0, 1), got ${rate}`);
  if (!(minSymptoms >= 0)) throw new RangeError(`unmentionedTerm: minSymptoms must be >= 0, got ${minSymptoms}`);
  if (rate === 0 || namedSymptoms(state) < minSymptoms) return new Float64Array(cm.nConditions);
  const t = table(cm, rate);
  const out = Float64Array.from(t.total);
  const seen = new Set<number>();
  for (const obs of state.observations) {
    for (let fi = cm.findingIndex.get(obs.id) ?? -1; fi >= 0 && !seen.has(fi); fi = cm.findings[fi]!.parentIndex) {
      seen.add(fi);
      const row = t.per.get(fi);
      if (row) for (let j = 0; j < row.idx.length; j++) out[row.idx[j]!]! -= row.d[j]!;
    }
  }
  return out;
}

/** How many distinct binary symptoms the state's observations name (present or absent). */
function namedSymptoms(state: BeliefState): number {
  const { cm } = state;
  const ids = new Set<string>();
  for (const o of state.observations) {
    const def = cm.findings[cm.findingIndex.get(o.id) ?? -1]?.def;
    if (def !== undefined && def.kind === 'symptom' && def.valueType === 'binary') ids.add(o.id);
  }
  return ids.size;
}

/**
 * A belief for a text read whole: the same state with the unmentioned-symptom term added to every score
 * (`scores`, `posterior`, and the explanation's base). Observing anything more returns a state without it.
 */
export function narrativeBelief(state: BeliefState, rate = NARRATIVE_REPORT_RATE, minSymptoms = NARRATIVE_MIN_SYMPTOMS): BeliefState {
  return { ...state, unmentioned: unmentionedTerm(state, rate, minSymptoms) };
}
