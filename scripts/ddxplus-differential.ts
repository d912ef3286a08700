// Measures how far a linear head can take differential F1 on DDXPlus under the constraints
// (one softmax posterior, differential = posterior >= 0.01, top-1 >= 0.99, ECE <= 0.05). Trains
// per-condition membership logits m_c(x) (src/learn/ddxplus/membership.ts) on simulated questioning
// of the training patients, then reports on dev at the end of the thorough profile:
//   1. the bound: every condition with m_c >= tau (at most k per case) placed at exactly 0.0101 and
//      the rest of the mass on the leader — the best any single-softmax display of these logits can do;
//   2. what the linear head s(c) = beta * nb(c) + gamma * m_c(x) actually gives at temperature 1.
// Dev is only evaluated, never trained on.
// node --import tsx scripts/ddxplus-differential.ts [dataDir]
import { join } from 'node:path';
import { compileModel } from '../src/core/compile.js';
import { initialBelief, observe } from '../src/core/posterior.js';
import { runWorkup } from '../src/core/workup.js';
import { learnDdxplus, readPatients } from '../src/learn/ddxplus/index.js';
import { conditionId } from '../src/learn/ddxplus/build-model.js';
import { beliefFeatures, shiftedNb } from '../src/learn/ddxplus/head.js';
import { membershipLogits, trainMembership, vocabIndex, type MembershipExample } from '../src/learn/ddxplus/membership.js';
import type { DdxplusPatient } from '../src/learn/ddxplus/records.js';
import { profileOptions, type Profile } from '../src/bench/ddxplus/policies.js';
import { initialObservations, patientOracle } from '../src/learn/ddxplus/protocol.js';
import { expectedCalibrationError, f1 } from '../src/bench/ddxplus/metrics.js';

const [dataDir = '../shared/data/ddxplus'] = process.argv.slice(2);
const { model, patients } = learnDdxplus(dataDir, { calibrate: false });
const cm = compileModel(model);
const nC = cm.nConditions;
const dev = readPatients(join(dataDir, 'patients-dev.csv'), 'patients-dev.csv').patients;
const SNAPSHOTS = new Set([0, 2, 4, 6, 8, 10, 15, 20]);

interface Row { readonly features: string[]; readonly nb: Float64Array; readonly members: number[]; readonly truth: number }
function simulate(p: DdxplusPatient, profiles: readonly Profile[], snapshots: boolean): Row[] {
  const truth = cm.conditionIndex.get(conditionId(p.pathology)) ?? -1;
  const members = p.differential.filter(([, q]) => q >= 0.01).map(([n]) => cm.conditionIndex.get(conditionId(n))).filter((c): c is number => c !== undefined);
  const out: Row[] = [];
  for (const profile of profiles) {
    const oracle = patientOracle(cm, p);
    const seen: Parameters<typeof beliefFeatures>[0][] = [];
    let calls = 0;
    const res = runWorkup(observe(initialBelief(cm, p.age, p.sex), initialObservations(cm, p)), (a, s) => {
      if (snapshots && SNAPSHOTS.has(calls)) seen.push(s);
      calls++;
      return oracle(a, s);
    }, { ...profileOptions(profile), trace: false });
    seen.push(res.belief);
    for (const s of seen) out.push({ features: beliefFeatures(s), nb: shiftedNb(s), members, truth });
  }
  return out;
}

// Representative rows at weight 1; every 4th later row (20 over-sampled pathologies, short differentials) at 0.1.
const examples: MembershipExample[] = [];
patients.forEach((p, i) => {
  if (i >= 1000 && (i - 1000) % 4 !== 0) return;
  for (const r of simulate(p, ['fast', 'thorough'], true)) examples.push({ features: r.features, members: r.members, weight: i < 1000 ? 1 : 0.1 });
});
const m = trainMembership(nC, examples);
const index = vocabIndex(m);
const rows = dev.flatMap((p) => simulate(p, ['thorough'], false)).map((r) => ({ ...r, m: membershipLogits(m, r.features, index) }));

console.log('bound: members placed at 0.0101 (tau = logit threshold, k = most per case); mass = mean mass off the leader');
for (const tau of [-1, 0, 1, 2]) for (const k of [5, 8, nC]) {
  let R = 0;
  let P = 0;
  let mass = 0;
  for (const r of rows) {
    const gt = new Set(r.members);
    const rivals = [...Array(nC).keys()].filter((c) => c !== r.truth && r.m[c]! >= tau).sort((a, b) => r.m[b]! - r.m[a]!).slice(0, k);
    const hit = [r.truth, ...rivals].filter((c) => gt.has(c)).length;
    R += hit / gt.size;
    P += hit / (rivals.length + 1);
    mass += rivals.length * 0.0101;
  }
  R /= rows.length;
  P /= rows.length;
  console.log(JSON.stringify({ tau, k, ddr: +R.toFixed(3), ddp: +P.toFixed(3), ddf1: +f1(R, P).toFixed(3), mass: +(mass / rows.length).toFixed(3), eceAtLeast: +Math.max(0, mass / rows.length - 0.01).toFixed(3) }));
}

console.log('linear head s = beta * nb + gamma * m at T = 1');
for (const beta of [0.05, 0.1, 0.2, 0.3, 0.5]) for (const gamma of [0.1, 0.2, 0.5, 1]) {
  let top1 = 0;
  let R = 0;
  let P = 0;
  const conf: number[] = [];
  const ok: boolean[] = [];
  for (const r of rows) {
    const s = new Float64Array(nC);
    let max = -Infinity;
    for (let c = 0; c < nC; c++) max = Math.max(max, (s[c] = beta * r.nb[c]! + gamma * r.m[c]!));
    let z = 0;
    for (let c = 0; c < nC; c++) z += (s[c] = Math.exp(s[c]! - max));
    let best = 0;
    const gt = new Set(r.members);
    let hit = 0;
    let pred = 0;
    for (let c = 0; c < nC; c++) {
      s[c]! /= z;
      if (s[c]! > s[best]!) best = c;
    }
    for (let c = 0; c < nC; c++) if (s[c]! >= 0.01) {
      pred++;
      if (gt.has(c)) hit++;
    }
    R += hit / gt.size;
    P += pred ? hit / pred : 0;
    top1 += best === r.truth ? 1 : 0;
    conf.push(s[best]!);
    ok.push(best === r.truth);
  }
  R /= rows.length;
  P /= rows.length;
  console.log(JSON.stringify({ beta, gamma, top1: +(top1 / rows.length).toFixed(4), ddr: +R.toFixed(3), ddp: +P.toFixed(3), ddf1: +f1(R, P).toFixed(3), ece: +expectedCalibrationError(conf, ok).toFixed(4) }));
}
