import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import { makeModel } from '../testkit/model-fixture.js';
import { beliefFromCase, initialBelief, observe, posterior, scores } from './posterior.js';
import { explain } from './explain.js';

const cm = compileModel(makeModel());
const idx = (id: string): number => cm.conditionIndex.get(id)!;

test('posterior sums to 1 and follows the evidence', () => {
  const prior = posterior(initialBelief(cm, 40, 'male'));
  assert.ok(Math.abs(prior.reduce((a, b) => a + b, 0) - 1) < 1e-12);
  const b = beliefFromCase(cm, { age: 40, sex: 'male', findings: [{ id: 'dysuria', present: true }, { id: 'pain-site', value: 'flank' }] });
  const p = posterior(b);
  assert.ok(p[idx('uti')]! > 0.9, `uti should lead, got ${p[idx('uti')]}`);
});

test('absent findings count against conditions that list them', () => {
  const a = posterior(beliefFromCase(cm, { age: 40, sex: 'female', findings: [{ id: 'dyspnea', present: true }] }));
  const b = posterior(beliefFromCase(cm, { age: 40, sex: 'female', findings: [{ id: 'dyspnea', present: true }, { id: 'ddimer-high', present: false }] }));
  assert.ok(b[idx('pe')]! < a[idx('pe')]! / 5);
});

test('age and sex change the prior', () => {
  const f = posterior(initialBelief(cm, 40, 'female'));
  const m = posterior(initialBelief(cm, 40, 'male'));
  assert.ok(f[idx('uti')]! > m[idx('uti')]!);
});

test('explanations: base plus contributions equals the score exactly, for every condition', () => {
  const b = beliefFromCase(cm, {
    age: 70, sex: 'male',
    findings: [{ id: 'fever', present: false }, { id: 'dyspnea', present: true }, { id: 'risk', values: ['surgery'] }, { id: 'pain-site', value: 'chest' }],
  });
  const s = scores(b);
  for (let c = 0; c < cm.nConditions; c++) {
    const ex = explain(b, c);
    const sum = ex.base + ex.contributions.reduce((acc, x) => acc + x.llr, 0);
    assert.ok(Math.abs(sum - s[c]!) < 1e-9, `condition ${c}: ${sum} vs ${s[c]}`);
    assert.equal(ex.score, s[c]);
  }
  const pe = explain(b, idx('pe'));
  assert.ok(pe.for.some((x) => x.findingId === 'dyspnea'));
  assert.ok(pe.against.every((x) => x.llr < 0));
});

test('explanations stay exact with a learned head and temperature', () => {
  const model = makeModel({
    calibration: { temperature: 1.7, fittedOn: 'test' },
    head: { kind: 'linear', nbWeight: 0.5, bias: [0.1, -0.2, 0.3], features: ['fever=1', 'sex=male', 'risk=surgery'], weights: [{ '0': 0.7 }, { '2': -1 }, { '1': 0.4, '0': -0.1 }] },
  });
  const hm = compileModel(model);
  const b = beliefFromCase(hm, { age: 30, sex: 'male', findings: [{ id: 'fever', present: true }, { id: 'risk', values: ['surgery', 'travel'] }] });
  const s = scores(b);
  for (let c = 0; c < hm.nConditions; c++) {
    const ex = explain(b, c);
    assert.ok(Math.abs(ex.base + ex.contributions.reduce((a, x) => a + x.llr, 0) - s[c]!) < 1e-9);
  }
  const p = posterior(b);
  const e = s.map((v) => Math.exp(v / 1.7));
  const z = e.reduce((a, v) => a + v, 0);
  for (let c = 0; c < hm.nConditions; c++) assert.ok(Math.abs(p[c]! - e[c]! / z) < 1e-12);
});

test('children of an absent parent are not applicable; first answer wins', () => {
  const model = makeModel({
    findings: makeModel().findings.map((f) => (f.id === 'pain-site' ? { ...f, parent: 'dyspnea' } : f)),
  });
  const m = compileModel(model);
  const b = observe(initialBelief(m, 30, 'male'), [{ id: 'dyspnea', present: false }]);
  assert.equal(b.status[m.findingIndex.get('pain-site')!], 2);
  const again = observe(b, [{ id: 'dyspnea', present: true }]);
  assert.deepEqual(Array.from(again.nb), Array.from(b.nb));
});

test('topK is the head of rank, ties by index', async () => {
  const { rank, topK } = await import('./posterior.js');
  let s = 7;
  for (let t = 0; t < 200; t++) {
    const n = 1 + (t % 40);
    const p = new Float64Array(n).map(() => {
      s = (s * 16807) % 2147483647;
      return (s % 7) / 7;
    });
    for (const k of [1, 3, 10]) assert.deepEqual(topK(p, k), rank(p).slice(0, k));
  }
});

test('explanations mark contributions whose entry the model says was inferred, for that condition only', () => {
  const im = compileModel(makeModel({ inferredLikelihoods: { dyspnea: ['flu'] } }));
  const b = beliefFromCase(im, { age: 40, sex: 'male', findings: [{ id: 'dyspnea', present: true }, { id: 'fever', present: true }] });
  const flu = explain(b, im.conditionIndex.get('flu')!);
  assert.equal(flu.contributions.find((x) => x.findingId === 'dyspnea')!.inferred, true);
  assert.equal('inferred' in flu.contributions.find((x) => x.findingId === 'fever')!, false);
  const pe = explain(b, im.conditionIndex.get('pe')!);
  assert.ok(pe.contributions.every((x) => !('inferred' in x)));
  // the mark changes no number
  const plain = explain(beliefFromCase(cm, { age: 40, sex: 'male', findings: [{ id: 'dyspnea', present: true }, { id: 'fever', present: true }] }), idx('flu'));
  assert.deepEqual(flu.contributions.map((x) => x.llr), plain.contributions.map((x) => x.llr));
});
