/**
 * Calibration temperature for DDXPlus: the T minimising the negative log-likelihood of the true
 * pathology under softmax(s / T), with s the model's scores at the end of the thorough profile.
 * Fitted on held-out patients (patients-dev.csv), which are never used for training.
 */
import type { CompiledModel } from '../../core/compile.js';
import { initialBelief, observe, scores } from '../../core/posterior.js';
import { runWorkup } from '../../core/workup.js';
import { profileOptions } from './profiles.js';
import { initialObservations, patientOracle } from './protocol.js';
import { roundSig } from '../artifact.js';
import { conditionId } from './build-model.js';
import type { DdxplusPatient } from './records.js';

/** Mean negative log-likelihood of the true condition under softmax(s / T). */
export function nllAt(all: readonly { s: Float64Array; truth: number }[], T: number): number {
  let total = 0;
  for (const { s, truth } of all) {
    let m = -Infinity;
    for (const v of s) if (v > m) m = v;
    let z = 0;
    for (const v of s) z += Math.exp((v - m) / T);
    total -= (s[truth]! - m) / T - Math.log(z);
  }
  return total / Math.max(1, all.length);
}

/** Golden-section search for T in [0.05, 5] on the log scale; rounded to 3 significant digits. */
export function fitTemperatureOn(all: readonly { s: Float64Array; truth: number }[]): number {
  let a = Math.log(0.05);
  let b = Math.log(5);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const x1 = b - g * (b - a);
    const x2 = a + g * (b - a);
    if (nllAt(all, Math.exp(x1)) <= nllAt(all, Math.exp(x2))) b = x2;
    else a = x1;
  }
  return roundSig(Math.exp((a + b) / 2), 3);
}

/** The calibration temperature T fitted on the patients (see the module comment). */
export function fitTemperature(cm: CompiledModel, patients: readonly DdxplusPatient[]): number {
  const all: { s: Float64Array; truth: number }[] = [];
  for (const p of patients) {
    const truth = cm.conditionIndex.get(conditionId(p.pathology));
    if (truth === undefined) continue;
    const start = observe(initialBelief(cm, p.age, p.sex), initialObservations(cm, p));
    const res = runWorkup(start, patientOracle(cm, p), profileOptions('thorough'));
    all.push({ s: Float64Array.from(scores(res.belief)), truth });
  }
  return fitTemperatureOn(all);
}
