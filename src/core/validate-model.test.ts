import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeModel } from '../testkit/model-fixture.js';
import { validateModel } from './validate-model.js';
import { parseCase } from './evidence.js';

test('the fixture model is valid', () => {
  const r = validateModel(makeModel());
  assert.deepEqual(r.issues, []);
  assert.equal(r.ok, true);
});

test('every problem is reported with its JSON path', () => {
  const bad = JSON.parse(JSON.stringify(makeModel())) as Record<string, any>;
  bad.conditions[1].severity = 9;
  bad.findings[3].leak = [0.5, 0.2, 0.2];
  bad.findings[0].exposure = 'sometimes';
  bad.findings[1].exposure = 'current';
  bad.likelihoods.fever.nosuch = [0.5];
  bad.likelihoods.dyspnea.flu = [1.5];
  bad.actions[5].priceUsd = undefined;
  bad.actions[0].reveals = ['ghost'];
  const r = validateModel(bad);
  assert.equal(r.ok, false);
  const paths = r.issues.map((i) => `${i.path} ${i.code}`).sort();
  assert.deepEqual(paths, [
    '$.actions[0].reveals[0] reference',
    '$.actions[5].priceUsd price',
    '$.conditions[1].severity range',
    '$.findings[0].exposure enum',
    '$.findings[3].leak distribution',
    '$.likelihoods.dyspnea.flu[0] probability',
    '$.likelihoods.fever.nosuch reference',
  ]);
});

test('a malformed case lists each problem with its path', () => {
  const r = parseCase({ age: -3, findings: [{ id: 'fever', present: 'yes' }, { id: 'nope', present: true }, { id: 'pain-site', value: 'knee' }, { id: 'risk', values: ['surgery'] }] }, makeModel());
  assert.equal(r.ok, false);
  assert.deepEqual(r.issues.map((i) => i.path), ['$.age', '$.sex', '$.findings[0].present', '$.findings[1].id', '$.findings[2].value']);
});

test('a valid case parses, duplicates are rejected', () => {
  const ok = parseCase({ age: 40, sex: 'male', findings: [{ id: 'fever', present: true }, { id: 'risk', values: ['travel'] }] }, makeModel());
  assert.equal(ok.ok, true);
  const dup = parseCase({ age: 40, sex: 'male', findings: [{ id: 'fever', present: true }, { id: 'fever', present: false }] }, makeModel());
  assert.equal(dup.ok, false);
  assert.equal(dup.issues[0]!.code, 'duplicate');
});

test('inferred likelihood marks must name an entry of the likelihood table', () => {
  assert.equal(validateModel(makeModel({ inferredLikelihoods: { fever: ['pe', 'uti'] } })).ok, true);
  const r = validateModel({ ...makeModel(), inferredLikelihoods: { fever: ['pe', 'nosuch'], dyspnea: ['uti'], ghost: ['flu'], risk: 'flu' } });
  assert.deepEqual(r.issues.map((i) => `${i.path} ${i.code}`).sort(), [
    '$.inferredLikelihoods.dyspnea[0] reference',
    '$.inferredLikelihoods.fever[1] reference',
    '$.inferredLikelihoods.ghost[0] reference',
    '$.inferredLikelihoods.risk type',
  ]);
  assert.equal(validateModel({ ...makeModel(), inferredLikelihoods: [] }).issues[0]!.path, '$.inferredLikelihoods');
});
