/** Runs one DDXPlus patient through one policy and scores the outcome. */
import type { CompiledModel } from '../../core/compile.js';
import { ageBandIndex } from '../../core/compile.js';
import { initialBelief, observe, scores, softmax } from '../../core/posterior.js';
import { runWorkup, type Oracle, type WorkupOptions, type WorkupResult } from '../../core/workup.js';
import { conditionId } from '../../learn/ddxplus/build-model.js';
import type { DdxplusPatient } from '../../learn/ddxplus/records.js';
import { differentialOverlap, DIFFERENTIAL_THRESHOLD, listedConditions, type CaseOutcome } from './metrics.js';
import { initialObservations, patientOracle } from '../../learn/ddxplus/protocol.js';

// Scoring reads the same patient under every policy: name -> id and the ground-truth differential are
// computed once (pure functions of their inputs).
const idOfName = new Map<string, string>();
function idOf(name: string): string {
  let id = idOfName.get(name);
  if (id === undefined) {
    id = conditionId(name);
    idOfName.set(name, id);
  }
  return id;
}
const truthSets = new WeakMap<DdxplusPatient, ReadonlySet<string>>();
function truthSet(patient: DdxplusPatient): ReadonlySet<string> {
  let gt = truthSets.get(patient);
  if (!gt) {
    gt = new Set(patient.differential.filter(([, q]) => q >= DIFFERENTIAL_THRESHOLD).map(([name]) => idOf(name)));
    truthSets.set(patient, gt);
  }
  return gt;
}

/**
 * `stepMs`, when given, receives the latency of every step: from the case start or the previous
 * answer to the next question (or to the final result), i.e. what a user waits for each time.
 */
export function runPatient(cm: CompiledModel, patient: DdxplusPatient, options: WorkupOptions, stepMs?: number[]): { outcome: CaseOutcome; result: WorkupResult } {
  let last = stepMs ? performance.now() : 0;
  const start = observe(initialBelief(cm, patient.age, patient.sex), initialObservations(cm, patient));
  let oracle: Oracle = patientOracle(cm, patient);
  if (stepMs) {
    const answer = oracle;
    oracle = (action, state) => {
      const t = performance.now();
      stepMs.push(t - last);
      const out = answer(action, state);
      last = performance.now();
      return out;
    };
  }
  const result = runWorkup(start, oracle, options);
  if (stepMs) stepMs.push(performance.now() - last);
  const p = result.posterior;
  // Rank of the true condition in `rank(p)` order (probability descending, ties by index), without sorting.
  const truth = cm.conditionIndex.get(idOf(patient.pathology));
  let top = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[top]!) top = c;
  let trueRank = -1;
  if (truth !== undefined) {
    const pt = p[truth]!;
    trueRank = 0;
    for (let c = 0; c < p.length; c++) if (p[c]! > pt || (p[c] === pt && c < truth)) trueRank++;
  }
  // The differential is read on the head's native scale, softmax(s) at temperature 1 (the scale the
  // head was trained on against DIFFERENTIAL_DIAGNOSIS); the calibration temperature only sharpens the
  // top-1 confidence. The same threshold applied to the calibrated posterior is reported beside it.
  const d = softmax(scores(result.belief), 1);
  const gt = truthSet(patient);
  const setOf = (q: Float64Array): Set<string> => {
    const s = new Set<string>();
    for (let c = 0; c < q.length; c++) if (q[c]! >= DIFFERENTIAL_THRESHOLD) s.add(cm.model.conditions[c]!.id);
    return s;
  };
  const { recall, precision } = differentialOverlap(setOf(d), gt);
  const literal = differentialOverlap(setOf(p), gt);
  const listed = differentialOverlap(listedConditions(cm, result.belief, p), gt);
  return {
    outcome: {
      trueRank,
      trueProbability: truth === undefined ? 0 : p[truth]!,
      topProbability: p[top]!,
      questions: result.questions,
      ddRecall: recall,
      ddPrecision: precision,
      ddRecallPosterior: literal.recall,
      ddPrecisionPosterior: literal.precision,
      ddRecallList: listed.recall,
      ddPrecisionList: listed.precision,
      sex: patient.sex,
      ageBand: cm.model.ageBands[ageBandIndex(cm.model, patient.age)]!.id,
    },
    result,
  };
}
