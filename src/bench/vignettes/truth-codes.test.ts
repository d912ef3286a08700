import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ontologies } from '../../learn/primary-care/ontologies.js';
import { isCorrect, judge } from '../judge.js';
import { causalParents, truthResolver } from './truth-codes.js';
import { truthOf } from './run.js';

const onto: Ontologies = {
  doid: [{ id: 'DOID:10762', name: 'portal hypertension', synonyms: [], icd10: ['K76.6'], umls: [] }],
  mondo: [{ id: 'MONDO:0043765', label: 'presbycusis', doid: [], icd10: [], synonyms: [], rare: [] }],
  icdTitles: new Map([['H91.10', 'Presbycusis, unspecified ear'], ['K76.6', 'Portal hypertension'], ['R69', 'Illness, unspecified'], ['Z11.1', 'Encounter for screening for respiratory tuberculosis'], ['A15.9', 'Respiratory tuberculosis unspecified']]),
  icdIndex: [{ term: 'Presbycusis, presbyacusia', code: 'H91.1' }, { term: 'Tuberculosis', code: 'A15.9' }, { term: 'Tuberculosis', code: 'Z11.1' }, { term: 'Illness', code: 'R69' }],
  files: [],
};

test('a gold name resolves to the codes of the same disease; ambiguous and bare-category codes do not', () => {
  const r = truthResolver(onto);
  assert.deepEqual(r('Presbycusis'), { icd10: ['H91.1'], codes: ['MONDO:0043765'] });
  assert.deepEqual(r('Portal hypertension'), { icd10: ['K76.6'], codes: ['DOID:10762'] });
  assert.deepEqual(r('Tuberculosis').icd10, [], 'filed under two categories: ambiguous');
  assert.deepEqual(r('Illness').icd10, [], 'a three-character category names no single disease');
});

test('the judge matches the same disease under another spelling by a shared code, not a stranger', () => {
  const opts = { truthCodes: truthResolver(onto) };
  const model = { id: 'presbyacusis', name: 'Presbyacusis', icd10: ['H91.10'] };
  assert.ok(!isCorrect(judge(model, truthOf('Presbycusis'))), 'names alone differ');
  assert.ok(isCorrect(judge(model, truthOf('Presbycusis', opts))));
  assert.ok(!isCorrect(judge({ id: 'x', name: 'Otitis media', icd10: ['H66.90'] }, truthOf('Presbycusis', opts))));
});

test('a causal qualifier names the parent disease; a site or a bare word does not', () => {
  assert.deepEqual(causalParents('Escherichia-induced hemolytic uremic syndrome'), ['hemolytic uremic syndrome']);
  assert.deepEqual(causalParents('Traveler’s diarrhea due to ETEC'), ['Traveler’s diarrhea']);
  assert.deepEqual(causalParents('Bacterial infection from ethmoidal sinus'), []);
  assert.deepEqual(causalParents('Drug-induced lupus'), [], 'too short a head to name a disease');
  assert.deepEqual(causalParents('Alcohol-induced disorder'), []);
  assert.ok(isCorrect(judge({ name: 'Hemolytic uremic syndrome' }, truthOf('Escherichia-induced hemolytic uremic syndrome', { truthCodes: truthResolver(onto) }))));
});
