import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeModel } from '../testkit/model-fixture.js';
import { compileModel } from './compile.js';
import { diagnose } from './diagnose.js';
import { parseCase } from './evidence.js';
import { explain } from './explain.js';
import { beliefFromCase, posterior } from './posterior.js';
import { validateModel } from './validate-model.js';

const base = makeModel();
const model = makeModel({
  conditions: base.conditions.map((c) => (c.id === 'pe' ? { ...c, periodPrior: [{ from: '2020-03-01', until: '2021-01-01', factor: 10, source: 'test' }] } : c)),
});

test('a dated case inside the period gets the multiplied prior; outside it, or undated, the plain prior', () => {
  const cm = compileModel(model);
  const pe = cm.conditionIndex.get('pe')!;
  const p = (date?: string): number => posterior(beliefFromCase(cm, { age: 40, sex: 'female', findings: [], ...(date ? { date } : {}) }))[pe]!;
  const plain = p();
  assert.ok(p('2020-06-01') > 3 * plain, 'inside the period');
  assert.equal(p('2019-06-01'), plain);
  assert.equal(p('2021-01-01'), plain, 'until is exclusive');
  const d = diagnose(cm, { age: 40, sex: 'female', findings: [{ id: 'fever', present: true }], date: '2020-06-01' }, { mode: 'instant' });
  const e = d.differential.find((x) => x.conditionId === 'pe')!;
  const sum = e.base + e.for.reduce((s, c) => s + c.llr, 0) + e.against.reduce((s, c) => s + c.llr, 0);
  assert.ok(Math.abs(sum - e.score) < 1e-9, 'base carries the period factor, so base + contributions = score');
  assert.ok(explain(beliefFromCase(cm, { age: 40, sex: 'female', findings: [], date: '2020-06-01' }), pe).base > explain(beliefFromCase(cm, { age: 40, sex: 'female', findings: [] }), pe).base);
});

test('periodPrior rows are validated: ISO dates, a positive factor and a source', () => {
  const bad = makeModel({ conditions: base.conditions.map((c) => (c.id === 'pe' ? { ...c, periodPrior: [{ from: '2020/03/01', factor: 0, source: '' }] } : c)) });
  const r = validateModel(bad);
  assert.equal(r.ok, false);
  const paths = r.issues.map((i) => i.path);
  assert.ok(paths.includes('$.conditions[1].periodPrior[0].from'));
  assert.ok(paths.includes('$.conditions[1].periodPrior[0].factor'));
  assert.ok(paths.includes('$.conditions[1].periodPrior[0].source'));
});

test('a case date must be YYYY-MM-DD', () => {
  assert.equal(parseCase({ age: 3, sex: 'male', findings: [], date: 'March 2020' }, model).ok, false);
  const ok = parseCase({ age: 3, sex: 'male', findings: [], date: '2020-03-14' }, model);
  assert.ok(ok.ok);
  assert.equal(ok.value.date, '2020-03-14');
});
