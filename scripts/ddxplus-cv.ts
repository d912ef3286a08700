// 5-fold patient-level cross-validation of build options and policies on the representative rows of
// patients-train.csv (the first 1,000). Each fold rebuilds the model without its 200 held-out rows
// (the later rows are always in training) and runs the profiles on the held-out patients; dev is
// reported beside it from the model built on all train rows (all at T = 1: no calibration). Single thread.
// node --import tsx scripts/ddxplus-cv.ts [dataDir] ['[{"alpha":0.05}]'] ['[{"p":"fast"},{"p":"thorough","o":{"rules":{"maxSteps":20}}}]']
import { join } from 'node:path';
import { compileModel, type CompiledModel } from '../src/core/compile.js';
import { readPatients, readRelease } from '../src/learn/ddxplus/index.js';
import { buildDdxplusModel, DEFAULT_BUILD_OPTIONS, type BuildOptions } from '../src/learn/ddxplus/build-model.js';
import type { DdxplusPatient } from '../src/learn/ddxplus/records.js';
import type { WorkupOptions } from '../src/core/workup.js';
import { runPatient } from '../src/bench/ddxplus/run-case.js';
import { summarise, type CaseOutcome } from '../src/bench/ddxplus/metrics.js';
import { profileOptions, type Profile } from '../src/bench/ddxplus/policies.js';

const [dataDir = '../shared/data/ddxplus', buildsArg = '[{}]', policiesArg = '[{"p":"fast"},{"p":"thorough"}]'] = process.argv.slice(2);
const FOLDS = 5;
const REPRESENTATIVE = 1000;
const release = readRelease(dataDir);
const { patients, file } = readPatients(join(dataDir, 'patients-train.csv'), 'patients-train.csv');
const dev = readPatients(join(dataDir, 'patients-dev.csv'), 'patients-dev.csv').patients;
const builds = JSON.parse(buildsArg) as Partial<BuildOptions>[];
const policies = JSON.parse(policiesArg) as { p: Profile; o?: Partial<WorkupOptions> }[];

function optionsOf(pol: { p: Profile; o?: Partial<WorkupOptions> }): WorkupOptions {
  const base = profileOptions(pol.p);
  return { ...base, ...pol.o, rules: { ...base.rules, ...pol.o?.rules } };
}
function build(rows: readonly DdxplusPatient[], b: Partial<BuildOptions>, priorRows: number): CompiledModel {
  return compileModel(buildDdxplusModel({ evidences: release.evidences, conditions: release.conditions, patients: rows, training: [...release.files, file] }, { ...DEFAULT_BUILD_OPTIONS, ...b, priorRows }));
}
const brief = (o: CaseOutcome[]): object => {
  const s = summarise(o);
  return { cases: s.cases, gtpa1: s.gtpa1, il: s.il, ddf1: s.ddf1, ece: s.ece, gap_sex: s.fairness_gap_sex, gap_age: s.fairness_gap_age };
};
for (const b of builds) {
  const cv = policies.map(() => [] as CaseOutcome[]);
  for (let k = 0; k < FOLDS; k++) {
    const cm = build(patients.filter((_, i) => i >= REPRESENTATIVE || i % FOLDS !== k), b, REPRESENTATIVE - REPRESENTATIVE / FOLDS);
    const held = patients.slice(0, REPRESENTATIVE).filter((_, i) => i % FOLDS === k);
    policies.forEach((pol, j) => {
      for (const p of held) cv[j]!.push(runPatient(cm, p, optionsOf(pol)).outcome);
    });
  }
  const full = build(patients, b, REPRESENTATIVE);
  policies.forEach((pol, j) => {
    console.log(JSON.stringify({ build: b, policy: pol, cv: brief(cv[j]!), dev: brief(dev.map((p) => runPatient(full, p, optionsOf(pol)).outcome)) }));
  });
}
