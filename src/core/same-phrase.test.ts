import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from './compile.js';
import type { Observation } from './evidence.js';
import { explain } from './explain.js';
import { makeModel } from '../testkit/model-fixture.js';
import { beliefFromCase, initialBelief, scores } from './posterior.js';
import { keepSamePhrase } from './same-phrase.js';

// Two findings for one complaint ("dry mouth" and "mouth dryness"), listed by the fixture's conditions in every way:
// flu lists both (xero the stronger), pe lists only dryness, uti lists neither; pe also lists xero below its leak.
const base = makeModel();
const model = makeModel({
  findings: [
    ...base.findings,
    { id: 'xero', name: 'dry mouth', kind: 'sign', valueType: 'binary', leak: 0.01 },
    { id: 'dryness', name: 'mouth dryness', kind: 'symptom', valueType: 'binary', leak: 0.02 },
  ],
  likelihoods: { ...base.likelihoods, xero: { flu: [0.5], pe: [0.002] }, dryness: { flu: [0.1], pe: [0.3] } },
});
const cm = compileModel(model);
const ci = (id: string): number => cm.conditionIndex.get(id)!;
const s0 = scores(initialBelief(cm, 40, 'female'));
const delta = (findings: Observation[], c: string): number => scores(beliefFromCase(cm, { age: 40, sex: 'female', findings }))[ci(c)]! - s0[ci(c)]!;
const set: Observation[] = [{ id: 'xero', present: true, samePhrase: ['dryness'] }, { id: 'dryness', present: true, samePhrase: ['xero'] }];

test('a phrase set counts once per condition: the strongest listed ratio, not the product', () => {
  const lx = Math.log(0.5 / 0.01);
  const ld = Math.log(0.1 / 0.02);
  // Apart (no set): the ratios multiply.
  assert.ok(Math.abs(delta([{ id: 'xero', present: true }, { id: 'dryness', present: true }], 'flu') - (lx + ld)) < 1e-9);
  // As one phrase: flu takes the stronger, xero.
  assert.ok(Math.abs(delta(set, 'flu') - lx) < 1e-9);
  // pe lists xero at log(0.002/0.01) = -1.61 and dryness at log(0.3/0.02) = +2.71: the stronger by absolute value.
  assert.ok(Math.abs(delta(set, 'pe') - Math.log(0.3 / 0.02)) < 1e-9);
  // uti lists neither: nothing.
  assert.equal(delta(set, 'uti'), 0);
});

test('absent phrase sets count once too, through the strongest absent row', () => {
  const neg: Observation[] = [{ id: 'xero', present: false, samePhrase: ['dryness'] }, { id: 'dryness', present: false, samePhrase: ['xero'] }];
  const ax = Math.log(0.5 / 0.99);
  const ad = Math.log(0.9 / 0.98);
  assert.ok(Math.abs(delta(neg, 'flu') - (Math.abs(ax) >= Math.abs(ad) ? ax : ad)) < 1e-9);
});

test('equal ratios: the member first in the model counts, the other adds nothing', () => {
  const m2 = makeModel({
    findings: [...base.findings, { id: 'a', name: 'a', kind: 'sign', valueType: 'binary', leak: 0.1 }, { id: 'b', name: 'b', kind: 'sign', valueType: 'binary', leak: 0.1 }],
    likelihoods: { ...base.likelihoods, a: { flu: [0.4] }, b: { flu: [0.4] } },
  });
  const c2 = compileModel(m2);
  const b = beliefFromCase(c2, { age: 40, sex: 'female', findings: [{ id: 'b', present: true, samePhrase: ['a'] }, { id: 'a', present: true, samePhrase: ['b'] }] });
  const e = explain(b, c2.conditionIndex.get('flu')!);
  assert.ok(Math.abs(e.contributions.find((x) => x.findingId === 'a')!.llr - Math.log(4)) < 1e-9);
  assert.equal(e.contributions.find((x) => x.findingId === 'b')!.llr, 0);
});

test('explain gives the same contributions: base + contributions = score', () => {
  const b = beliefFromCase(cm, { age: 40, sex: 'female', findings: [...set, { id: 'fever', present: true }] });
  for (const c of ['flu', 'pe', 'uti']) {
    const e = explain(b, ci(c));
    const sum = e.contributions.reduce((a, x) => a + x.llr, e.base);
    assert.ok(Math.abs(sum - e.score) < 1e-9, c);
  }
  const flu = explain(b, ci('flu'));
  assert.equal(flu.contributions.find((x) => x.findingId === 'dryness')!.llr, 0);
});

test('keepSamePhrase keeps members observed with the same value only', () => {
  const got = keepSamePhrase([
    { id: 'xero', present: true, samePhrase: ['dryness', 'gone'] },
    { id: 'dryness', present: false, samePhrase: ['xero'] },
    { id: 'fever', present: true },
  ]);
  assert.deepEqual(got, [{ id: 'xero', present: true }, { id: 'dryness', present: false }, { id: 'fever', present: true }]);
  const both = keepSamePhrase(set);
  assert.deepEqual(both, set);
});
