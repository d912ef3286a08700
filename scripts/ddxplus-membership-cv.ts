// Chooses the membership head's list threshold (and checks its training options) by 5-fold
// patient-level cross-validation on the representative train rows (the first 1,000), as
// scripts/ddxplus-cv.ts does for the naive-Bayes options: each fold rebuilds the naive-Bayes model
// and retrains the membership head without its 200 held-out rows (the later rows always train), then
// runs the fast and thorough profiles on the held-out patients and scores the engine's differential
// list (leader, posterior >= 0.01, plausibility >= threshold, at most `max`) for every threshold.
// Dev is reported beside it from the head trained on all train rows (evaluated only, T = 1).
// node --import tsx scripts/ddxplus-membership-cv.ts [dataDir] ['[{}]' membership option overrides] [max]
import { join } from 'node:path';
import { compileModel, type CompiledModel } from '../src/core/compile.js';
import { readPatients, readRelease } from '../src/learn/ddxplus/index.js';
import { buildDdxplusModel, DEFAULT_BUILD_OPTIONS, conditionId } from '../src/learn/ddxplus/build-model.js';
import type { DdxplusPatient } from '../src/learn/ddxplus/records.js';
import { DEFAULT_DDXPLUS_MEMBERSHIP, trainDdxplusMembership, type DdxplusMembershipOptions } from '../src/learn/ddxplus/train-membership.js';
import { runPatient } from '../src/bench/ddxplus/run-case.js';
import { differentialOverlap, f1, listedConditions, DIFFERENTIAL_THRESHOLD } from '../src/bench/ddxplus/metrics.js';
import { profileOptions, type Profile } from '../src/bench/ddxplus/policies.js';

const [dataDir = '../shared/data/ddxplus', optsArg = '[{}]', maxArg = '10'] = process.argv.slice(2);
const FOLDS = 5;
const REPRESENTATIVE = 1000;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];
const PROFILES: Profile[] = ['fast', 'thorough'];
const max = Number(maxArg);
const release = readRelease(dataDir);
const { patients, file } = readPatients(join(dataDir, 'patients-train.csv'), 'patients-train.csv');
const dev = readPatients(join(dataDir, 'patients-dev.csv'), 'patients-dev.csv').patients;
const variants = JSON.parse(optsArg) as Partial<DdxplusMembershipOptions>[];

function build(rows: readonly DdxplusPatient[], priorRows: number, mo: DdxplusMembershipOptions): CompiledModel {
  const model = buildDdxplusModel({ evidences: release.evidences, conditions: release.conditions, patients: rows, training: [...release.files, file] }, { ...DEFAULT_BUILD_OPTIONS, priorRows });
  const { head } = trainDdxplusMembership(compileModel(model), rows, { ...mo, priorRows });
  return compileModel({ ...model, membership: head });
}

/** Per profile and threshold: summed recall, precision; plus the literal (posterior >= 0.01) reading. */
class Acc {
  n = 0;
  top1 = 0;
  lit: [number, number] = [0, 0];
  byT = THRESHOLDS.map(() => [0, 0] as [number, number]);
  add(cm: CompiledModel, p: DdxplusPatient, profile: Profile): void {
    const { result, outcome } = runPatient(cm, p, profileOptions(profile));
    const gt = new Set(p.differential.filter(([, q]) => q >= DIFFERENTIAL_THRESHOLD).map(([n]) => conditionId(n)));
    this.n++;
    this.top1 += outcome.trueRank === 0 ? 1 : 0;
    this.lit[0] += outcome.ddRecallPosterior ?? 0;
    this.lit[1] += outcome.ddPrecisionPosterior ?? 0;
    THRESHOLDS.forEach((t, j) => {
      const o = differentialOverlap(listedConditions(cm, result.belief, result.posterior, { threshold: t, max }), gt);
      this.byT[j]![0] += o.recall;
      this.byT[j]![1] += o.precision;
    });
  }
  report(): object {
    const r = (x: number): number => Number(x.toFixed(3));
    const [lr, lp] = this.lit.map((x) => x / this.n) as [number, number];
    return {
      cases: this.n, top1: r(this.top1 / this.n), ddf1: r(f1(lr, lp)),
      list: Object.fromEntries(THRESHOLDS.map((t, j) => {
        const [R, P] = this.byT[j]!.map((x) => x / this.n) as [number, number];
        return [t, { ddr: r(R), ddp: r(P), ddf1: r(f1(R, P)) }];
      })),
    };
  }
}

for (const v of variants) {
  const mo: DdxplusMembershipOptions = { ...DEFAULT_DDXPLUS_MEMBERSHIP, ...v };
  const t0 = performance.now();
  const cv = PROFILES.map(() => new Acc());
  for (let k = 0; k < FOLDS; k++) {
    const cm = build(patients.filter((_, i) => i >= REPRESENTATIVE || i % FOLDS !== k), REPRESENTATIVE - REPRESENTATIVE / FOLDS, mo);
    const held = patients.slice(0, REPRESENTATIVE).filter((_, i) => i % FOLDS === k);
    PROFILES.forEach((pr, j) => held.forEach((p) => cv[j]!.add(cm, p, pr)));
  }
  const full = build(patients, REPRESENTATIVE, mo);
  const dv = PROFILES.map((pr) => {
    const a = new Acc();
    dev.forEach((p) => a.add(full, p, pr));
    return a;
  });
  PROFILES.forEach((pr, j) => console.log(JSON.stringify({ variant: v, max, profile: pr, cv: cv[j]!.report(), dev: dv[j]!.report() })));
  console.error(`variant ${JSON.stringify(v)}: ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
