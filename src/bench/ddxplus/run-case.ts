/** Runs one DDXPlus patient through one policy and scores the outcome. */
import type { CompiledModel } from '../../core/compile.js';
import { ageBandIndex } from '../../core/compile.js';
import { initialBelief, observe, rank, scores, softmax } from '../../core/posterior.js';
import { runWorkup, type WorkupOptions, type WorkupResult } from '../../core/workup.js';
import { conditionId } from '../../learn/ddxplus/build-model.js';
import type { DdxplusPatient } from '../../learn/ddxplus/records.js';
import { differentialOverlap, DIFFERENTIAL_THRESHOLD, type CaseOutcome } from './metrics.js';
import { initialObservations, patientOracle } from './protocol.js';

export function runPatient(cm: CompiledModel, patient: DdxplusPatient, options: WorkupOptions): { outcome: CaseOutcome; result: WorkupResult } {
  const start = observe(initialBelief(cm, patient.age, patient.sex), initialObservations(cm, patient));
  const result = runWorkup(start, patientOracle(cm, patient), options);
  const p = result.posterior;
  const order = rank(p);
  const truth = cm.conditionIndex.get(conditionId(patient.pathology));
  // The differential is read on the head's native scale, softmax(s) at temperature 1 (the scale the
  // head was trained on against DIFFERENTIAL_DIAGNOSIS); the calibration temperature only sharpens the
  // top-1 confidence. The same threshold applied to the calibrated posterior is reported beside it.
  const d = softmax(scores(result.belief), 1);
  const gt = new Set(patient.differential.filter(([, q]) => q >= DIFFERENTIAL_THRESHOLD).map(([name]) => conditionId(name)));
  const setOf = (q: Float64Array): Set<string> => {
    const s = new Set<string>();
    for (let c = 0; c < q.length; c++) if (q[c]! >= DIFFERENTIAL_THRESHOLD) s.add(cm.model.conditions[c]!.id);
    return s;
  };
  const { recall, precision } = differentialOverlap(setOf(d), gt);
  const literal = differentialOverlap(setOf(p), gt);
  return {
    outcome: {
      trueRank: truth === undefined ? -1 : order.indexOf(truth),
      trueProbability: truth === undefined ? 0 : p[truth]!,
      topProbability: p[order[0]!]!,
      questions: result.questions,
      ddRecall: recall,
      ddPrecision: precision,
      ddRecallPosterior: literal.recall,
      ddPrecisionPosterior: literal.precision,
      sex: patient.sex,
      ageBand: cm.model.ageBands[ageBandIndex(cm.model, patient.age)]!.id,
    },
    result,
  };
}
