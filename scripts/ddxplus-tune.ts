// Tuning sweep for the DDXPlus head and temperature (dev is only evaluated, never trained on):
// node --import tsx scripts/ddxplus-tune.ts [dataDir] [lambda,...] [tailWeight]
import { compileModel } from '../src/core/compile.js';
import { learnDdxplus, readPatients } from '../src/learn/ddxplus/index.js';
import { buildHeadExamples, DEFAULT_DDXPLUS_HEAD } from '../src/learn/ddxplus/train-head.js';
import { trainHead } from '../src/learn/ddxplus/head.js';
import { runPatient } from '../src/bench/ddxplus/run-case.js';
import { summarise } from '../src/bench/ddxplus/metrics.js';
import { profileOptions } from '../src/bench/ddxplus/policies.js';
import { join } from 'node:path';

const [dataDir = '../shared/data/ddxplus', lambdas = '0.5', tail = String(DEFAULT_DDXPLUS_HEAD.tailWeight), nbw = ''] = process.argv.slice(2);
const { model: base, patients } = learnDdxplus(dataDir, { head: false, calibrate: false });
const dev = readPatients(join(dataDir, 'patients-dev.csv'), 'dev').patients;
for (const lambda of lambdas.split(',').map(Number)) {
  let t0 = performance.now();
  const examples = buildHeadExamples(compileModel(base), patients, { ...DEFAULT_DDXPLUS_HEAD, pathologyWeight: lambda, tailWeight: Number(tail) });
  const tSim = performance.now() - t0;
  t0 = performance.now();
  const head = trainHead(base.conditions.length, examples, nbw ? { ...DEFAULT_DDXPLUS_HEAD.train, fixedNbWeight: Number(nbw) } : DEFAULT_DDXPLUS_HEAD.train);
  console.log(JSON.stringify({ lambda, tail, examples: examples.length, sim_s: tSim / 1000, train_s: (performance.now() - t0) / 1000, features: head.features.length, nbWeight: head.nbWeight }));
  for (const T of [1, 0.4]) {
    const cm = compileModel({ ...base, head, calibration: { temperature: T, fittedOn: 'sweep' } });
    for (const profile of ['fast', 'thorough'] as const) {
      const outs = dev.map((p) => runPatient(cm, p, profileOptions(profile)).outcome);
      const s = summarise(outs);
      console.log(T, profile, JSON.stringify({ gtpa1: s.gtpa1, gtpa3: s.gtpa3, il: s.il, ddr: s.ddr, ddp: s.ddp, ddf1: s.ddf1, ddf1_native: s.ddf1_native, ece: s.ece, gap_sex: s.fairness_gap_sex, gap_age: s.fairness_gap_age }));
    }
  }
}
