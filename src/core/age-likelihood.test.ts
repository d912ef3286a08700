import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeModel } from '../testkit/model-fixture.js';
import { compileModel } from './compile.js';
import { diagnose } from './diagnose.js';
import { beliefFromCase, posterior } from './posterior.js';
import { validateModel } from './validate-model.js';

const base = makeModel();
// Flu lists fever at 0.9 for all ages; the age row says 0.45 under 18, so a feverish child gains less for flu.
const model = makeModel({
  conditions: base.conditions.map((c) => (c.id === 'flu' ? { ...c, ageLikelihoods: [{ finding: 'fever', minYears: 0, maxYears: 18, p: 0.45, source: 'test' }] } : c)),
});
const fever = (age: number, present = true) => ({ age, sex: 'female' as const, findings: [{ id: 'fever', present }] });

test('an age row replaces the condition likelihood only for cases in its age range', () => {
  const plain = compileModel(base);
  const cm = compileModel(model);
  const flu = cm.conditionIndex.get('flu')!;
  const child = beliefFromCase(cm, fever(10)).nb[flu]! - beliefFromCase(plain, fever(10)).nb[flu]!;
  assert.ok(Math.abs(child - Math.log(0.45 / 0.9)) < 1e-9, 'present: log(p_age / p)');
  const absent = beliefFromCase(cm, fever(10, false)).nb[flu]! - beliefFromCase(plain, fever(10, false)).nb[flu]!;
  assert.ok(Math.abs(absent - Math.log(0.55 / 0.1)) < 1e-9, 'absent: log((1 - p_age) / (1 - p))');
  assert.deepEqual(posterior(beliefFromCase(cm, fever(40))), posterior(beliefFromCase(plain, fever(40))), 'an adult scores as without the row');
  assert.deepEqual(posterior(beliefFromCase(cm, fever(18))), posterior(beliefFromCase(plain, fever(18))), 'maxYears is exclusive');
  assert.equal(cm.ageLikelihoods.size, 1);
  assert.equal(plain.ageLikelihoods.size, 0, 'a model without rows compiles to an empty table');
});

test('explanations carry the age row, so base + contributions = score', () => {
  const d = diagnose(compileModel(model), fever(10), { mode: 'instant' });
  const e = d.differential.find((x) => x.conditionId === 'flu')!;
  const sum = e.base + e.for.reduce((s, c) => s + c.llr, 0) + e.against.reduce((s, c) => s + c.llr, 0);
  assert.ok(Math.abs(sum - e.score) < 1e-9);
});

test('ageLikelihoods rows are validated: a binary finding, an age range, a probability and a source', () => {
  const bad = makeModel({ conditions: base.conditions.map((c) => (c.id === 'flu' ? { ...c, ageLikelihoods: [{ finding: 'nope', minYears: 5, maxYears: 2, p: 1, source: '' }] } : c)) });
  const r = validateModel(bad);
  assert.equal(r.ok, false);
  const paths = r.issues.map((i) => i.path);
  for (const k of ['finding', 'maxYears', 'p', 'source']) assert.ok(paths.some((p) => p.endsWith(`.ageLikelihoods[0].${k}`)), k);
});
