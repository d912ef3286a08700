import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileModel } from '../core/compile.js';
import { makeModel } from '../testkit/model-fixture.js';
import { createGatekeeper, UnknownActionError } from './gatekeeper.js';

const cm = compileModel(makeModel());
const record = { present: [{ id: 'fever' }], absent: [{ id: 'dyspnea' }], values: [{ id: 'pain-site', value: 'chest' }] };

test('answers from the record and never mentions the diagnosis', () => {
  const gk = createGatekeeper(cm, record);
  const all = cm.actions.flatMap((a) => gk.ask(a.id));
  assert.deepEqual(gk.ask('ask:fever'), [{ id: 'fever', present: true }]);
  assert.deepEqual(gk.ask('ask:dyspnea'), [{ id: 'dyspnea', present: false }]);
  assert.deepEqual(gk.ask('ask:pain-site'), [{ id: 'pain-site', value: 'chest' }]);
  const text = JSON.stringify([all, gk.log]);
  for (const c of cm.model.conditions) assert.ok(!text.includes(c.id) && !text.includes(c.name), `leaked ${c.id}`);
});

test('a test the record lacks answers the documented default, and is logged as defaulted', () => {
  const gk = createGatekeeper(cm, record);
  assert.deepEqual(gk.ask('test:ddimer'), [{ id: 'ddimer-high', present: false }]);
  assert.deepEqual(gk.ask('ask:risk'), [{ id: 'risk', values: ['none'] }]);
  assert.equal(gk.log.length, 2);
  assert.equal(gk.log[0]!.defaulted, 1);
});

test('an unknown action id is a typed error, not a guess', () => {
  const gk = createGatekeeper(cm, record);
  assert.throws(() => gk.ask('test:mri-of-everything'), (e: unknown) => e instanceof UnknownActionError && e.actionId === 'test:mri-of-everything');
  assert.equal(gk.log.length, 0);
});
