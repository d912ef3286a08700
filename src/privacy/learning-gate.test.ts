import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLearningInput } from './learning-gate.js';

test('the gate counts PHI by field and type and flags direct identifier fields, without values', () => {
  const records = [
    { age: 54, sex: 'F', findings: ['E_91'], note: 'Seen by Dr. Quorvannis on 4/5, call 617-555-0148.' },
    { age: 61, sex: 'M', findings: ['E_55'], mrn: 'CANARY-88123', note: 'No complaints.' },
    { age: 33, sex: 'M', findings: [], note: 'CABG in 1998.' },
  ];
  const r = checkLearningInput(records);
  assert.equal(r.ok, false);
  assert.equal(r.records, 3);
  assert.equal(r.recordsWithPhi, 2);
  // The MRN's value is an identifier by its shape too (letters joined to five or more digits), besides its field name.
  assert.deepEqual(r.phiByField, { mrn: { ID: 1 }, note: { NAME: 1, DATE: 1, PHONE: 1 } });
  assert.deepEqual(r.directIdentifierFields, { mrn: 1 });
  const json = JSON.stringify(r);
  for (const v of ['Quorvannis', '555-0148', 'CANARY-88123', '4/5']) assert.ok(!json.includes(v), v);
});

test('clean, de-identified input passes', () => {
  const r = checkLearningInput([{ age: 40, sex: 'F', findings: ['E_1'], note: 'Pt with chest pain, troponin negative.' }]);
  assert.equal(r.ok, true);
});

test('disease names in coded columns (e.g. DDXPlus pathologies) do not trip the gate', () => {
  const r = checkLearningInput([{ PATHOLOGY: 'Ebola', DIFFERENTIAL_DIAGNOSIS: "[['Ebola', 0.4], ['Chagas', 0.2], ['Guillain-Barré syndrome', 0.1]]" }]);
  assert.equal(r.ok, true, JSON.stringify(r.phiByField));
});
