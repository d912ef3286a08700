/**
 * What a record already answers. A note or FHIR record that holds some results of a test (temperature
 * and SpO2 of the vital signs, Hb and MCV of a blood count) shows the test was done: its other results
 * are not reported, not pending, so the work-up should not suggest the test again. Those findings are
 * marked skipped (asked, no answer) unless another test that was not done also reveals them. Pure.
 */
import type { CompiledModel } from './compile.js';
import type { Observation } from './evidence.js';
import { markSkipped, type BeliefState } from './posterior.js';

/** A test counts as done when at least this share of its results is in the record. */
export const ANSWERED_SHARE = 0.5;

/**
 * Finding indices the record answers without observing: the unobserved results of every action with
 * at least two results, `ANSWERED_SHARE` of them observed, that no other not-done action reveals.
 */
export function answeredFindings(cm: CompiledModel, observations: readonly Observation[], share = ANSWERED_SHARE): number[] {
  const nF = cm.findings.length;
  const observed = new Uint8Array(nF);
  for (const o of observations) {
    const fi = cm.findingIndex.get(o.id);
    if (fi !== undefined) observed[fi] = 1;
  }
  const done = new Uint8Array(nF);
  const open = new Uint8Array(nF);
  for (const a of cm.actions) {
    const n = a.findings.length;
    let k = 0;
    for (const fi of a.findings) k += observed[fi] as number;
    const answered = n >= 2 && k > 0 && k / n >= share;
    for (const fi of a.findings) {
      if (answered) done[fi] = 1;
      else open[fi] = 1;
    }
  }
  const out: number[] = [];
  for (let fi = 0; fi < nF; fi++) if (done[fi] === 1 && observed[fi] === 0 && open[fi] === 0) out.push(fi);
  return out;
}

/** The belief with the results the record answers marked skipped, so the work-up does not ask for them. */
export function withRecordAnswers(state: BeliefState): BeliefState {
  const skip = answeredFindings(state.cm, state.observations);
  return skip.length > 0 ? markSkipped(state, skip) : state;
}
