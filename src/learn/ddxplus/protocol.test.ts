import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../../core/compile.js';
import { makeModel } from '../../testkit/model-fixture.js';
import type { DdxplusPatient } from './records.js';
import { answerFor, initialObservations } from './protocol.js';

const cm = compileModel(makeModel());
const fi = (id: string): number => cm.findingIndex.get(id)!;
const patient = (evidences: [string, string[]][]): DdxplusPatient => ({ age: 40, sex: 'male', pathology: 'x', initialEvidence: 'dyspnea', evidences: new Map(evidences), differential: [] });

test('binary evidences answer yes or no', () => {
  const p = patient([['dyspnea', []]]);
  assert.deepEqual(answerFor(cm, p, fi('dyspnea')), { id: 'dyspnea', present: true });
  assert.deepEqual(answerFor(cm, p, fi('fever')), { id: 'fever', present: false });
  assert.deepEqual(initialObservations(cm, p), [{ id: 'dyspnea', present: true }]);
});

test('categorical evidences return their value, or the default', () => {
  const def = cm.findings[fi('pain-site')]!.def;
  assert.ok(def.valueType === 'categorical');
  assert.deepEqual(answerFor(cm, patient([['pain-site', ['chest']]]), fi('pain-site')), { id: 'pain-site', value: 'chest' });
  assert.deepEqual(answerFor(cm, patient([]), fi('pain-site')), { id: 'pain-site', value: def.defaultValue });
});

test('multi-choice evidences return all their values, or the default', () => {
  const def = cm.findings[fi('risk')]!.def;
  assert.ok(def.valueType === 'multi');
  assert.deepEqual(answerFor(cm, patient([['risk', ['surgery', 'travel']]]), fi('risk')), { id: 'risk', values: ['surgery', 'travel'] });
  assert.deepEqual(answerFor(cm, patient([]), fi('risk')), { id: 'risk', values: def.defaultValue !== undefined ? [def.defaultValue] : [] });
});
