/**
 * The DDXPlus interactive protocol: the agent starts with age, sex and INITIAL_EVIDENCE; each turn
 * it asks about one evidence and the answer comes from the patient's EVIDENCES (a binary evidence
 * answers yes or no; a categorical or multi-choice evidence returns its value(s), or the default).
 * Used by the benchmark and by training, which simulates the same interviews.
 */
import type { CompiledModel } from '../../core/compile.js';
import type { Observation } from '../../core/evidence.js';
import type { Oracle } from '../../core/workup.js';
import type { DdxplusPatient } from './records.js';

/** The patient's answer to a finding, as the DDXPlus protocol gives it (absent or default when not recorded). */
export function answerFor(cm: CompiledModel, patient: DdxplusPatient, findingIndex: number): Observation {
  const def = cm.findings[findingIndex]!.def;
  const got = patient.evidences.get(def.id);
  switch (def.valueType) {
    case 'binary':
      return { id: def.id, present: got !== undefined };
    case 'multi':
      return { id: def.id, values: got && got.length > 0 ? got : def.defaultValue !== undefined ? [def.defaultValue] : [] };
    case 'categorical':
    case 'ordinal':
      return { id: def.id, value: got?.[0] ?? def.defaultValue };
  }
}

/** An oracle that answers every action from the patient's record. */
export function patientOracle(cm: CompiledModel, patient: DdxplusPatient): Oracle {
  return (action) => action.findings.map((fi) => answerFor(cm, patient, fi));
}

/** What the agent knows at the start: the initial evidence, which is always a present binary evidence. */
export function initialObservations(cm: CompiledModel, patient: DdxplusPatient): Observation[] {
  const fi = cm.findingIndex.get(patient.initialEvidence);
  return fi === undefined ? [] : [answerFor(cm, patient, fi)];
}

/** Every evidence of the patient, as observations (the "full evidence" upper bound). */
export function allObservations(cm: CompiledModel, patient: DdxplusPatient): Observation[] {
  return cm.findings.map((_, fi) => answerFor(cm, patient, fi));
}
