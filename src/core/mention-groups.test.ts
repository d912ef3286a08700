import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import { makeModel } from '../testkit/model-fixture.js';
import { beliefFromCase, initialBelief, observe, scores } from './posterior.js';
import { explain } from './explain.js';
import { runWorkup } from './workup.js';

const cm = compileModel(makeModel());
const idx = (id: string): number => cm.conditionIndex.get(id)!;
const both = [{ id: 'fever', present: true }, { id: 'dyspnea', present: true }] as const;

test('a mention group counts once per condition, by the mean of its readings\' likelihood ratios', () => {
  const alone = beliefFromCase(cm, { age: 40, sex: 'male', findings: both });
  const grouped = beliefFromCase(cm, { age: 40, sex: 'male', findings: both, sameMention: [['fever', 'dyspnea']] });
  const prior = initialBelief(cm, 40, 'male').nb;
  const llr = (fid: string, c: string): number => Math.log(({ fever: { flu: 0.9, pe: 0.2, uti: 0.3 }, dyspnea: { flu: 0.3, pe: 0.85, uti: 0.02 } } as Record<string, Record<string, number>>)[fid]![c]! / (fid === 'fever' ? 0.05 : 0.02));
  for (const c of ['flu', 'pe', 'uti']) {
    const i = idx(c);
    assert.ok(Math.abs(alone.nb[i]! - (prior[i]! + llr('fever', c) + llr('dyspnea', c))) < 1e-9, c);
    assert.ok(Math.abs(grouped.nb[i]! - (prior[i]! + Math.log((Math.exp(llr('fever', c)) + Math.exp(llr('dyspnea', c))) / 2))) < 1e-9, c);
  }
  // pe lists both readings and no longer takes both ratios from one phrase
  assert.ok(grouped.nb[idx('pe')]! < alone.nb[idx('pe')]!);
  // uti lists one reading (fever) of two: about its ratio less log 2, not the full ratio
  assert.ok(grouped.nb[idx('uti')]! < alone.nb[idx('uti')]!);
});

test('explanations stay exact with a mention group: each reading carries its share of the mixture', () => {
  const b = beliefFromCase(cm, { age: 40, sex: 'male', findings: [...both, { id: 'dysuria', present: false }], sameMention: [['fever', 'dyspnea']] });
  const s = scores(b);
  for (let c = 0; c < cm.nConditions; c++) {
    const ex = explain(b, c);
    assert.ok(Math.abs(ex.base + ex.contributions.reduce((a, x) => a + x.llr, 0) - s[c]!) < 1e-9);
  }
  const pe = explain(b, idx('pe'));
  const fever = pe.contributions.find((x) => x.findingId === 'fever')!.llr;
  const dyspnea = pe.contributions.find((x) => x.findingId === 'dyspnea')!.llr;
  assert.ok(dyspnea > fever && fever > 0);
  // uti lists fever only: fever carries the whole (smaller) group ratio, dyspnea nearly nothing
  const uti = explain(b, idx('uti'));
  assert.ok(uti.contributions.find((x) => x.findingId === 'fever')!.llr > uti.contributions.find((x) => x.findingId === 'dyspnea')!.llr);
});

test('refusal: a condition that lists no reading gains nothing from the group', () => {
  const m = compileModel(makeModel({ likelihoods: { fever: { flu: [0.9] }, dyspnea: { flu: [0.3] } } }));
  const g = beliefFromCase(m, { age: 40, sex: 'male', findings: both, sameMention: [['fever', 'dyspnea']] });
  const p = initialBelief(m, 40, 'male').nb;
  const i = m.conditionIndex.get('pe')!;
  assert.equal(g.nb[i], p[i]);
});

test('refusal: a group with a member absent or unobserved is no group, and later observations keep the group', () => {
  const absent = [{ id: 'fever', present: true }, { id: 'dyspnea', present: false }];
  const a = beliefFromCase(cm, { age: 40, sex: 'male', findings: absent });
  const g = beliefFromCase(cm, { age: 40, sex: 'male', findings: absent, sameMention: [['fever', 'dyspnea']] });
  assert.deepEqual([...g.nb], [...a.nb]);
  const one = beliefFromCase(cm, { age: 40, sex: 'male', findings: [{ id: 'fever', present: true }], sameMention: [['fever', 'dyspnea']] });
  assert.deepEqual([...one.nb], [...beliefFromCase(cm, { age: 40, sex: 'male', findings: [{ id: 'fever', present: true }] }).nb]);
  const grouped = beliefFromCase(cm, { age: 40, sex: 'male', findings: both, sameMention: [['fever', 'dyspnea']] });
  const later = observe(grouped, [{ id: 'dysuria', present: true }]);
  assert.deepEqual(later.groups, grouped.groups);
  const res = runWorkup(grouped, () => [], { mode: 'instant', trace: false });
  assert.deepEqual(res.belief.groups, grouped.groups);
});
