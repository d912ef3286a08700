/** Runs one DDXPlus patient through one policy and scores the outcome. */
import type { CompiledModel } from '../../core/compile.js';
import { ageBandIndex } from '../../core/compile.js';
import { initialBelief, observe, rank } from '../../core/posterior.js';
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
  const predicted = new Set<string>();
  for (let c = 0; c < p.length; c++) if (p[c]! >= DIFFERENTIAL_THRESHOLD) predicted.add(cm.model.conditions[c]!.id);
  const gt = new Set(patient.differential.filter(([, q]) => q >= DIFFERENTIAL_THRESHOLD).map(([name]) => conditionId(name)));
  const { recall, precision } = differentialOverlap(predicted, gt);
  return {
    outcome: {
      trueRank: truth === undefined ? -1 : order.indexOf(truth),
      trueProbability: truth === undefined ? 0 : p[truth]!,
      topProbability: p[order[0]!]!,
      questions: result.questions,
      ddRecall: recall,
      ddPrecision: precision,
      sex: patient.sex,
      ageBand: cm.model.ageBands[ageBandIndex(cm.model, patient.age)]!.id,
    },
    result,
  };
}
