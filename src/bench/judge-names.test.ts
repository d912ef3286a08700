import { test } from 'node:test';
import assert from 'node:assert/strict';
import { carcinomaParents, exactKeys, infectionForms, judgeKeys, spellGreek } from './judge-names.js';
import { isCorrect, judge } from './judge.js';

test('Greek letters and ß typed for β are spelled out', () => {
  assert.equal(spellGreek('β-thalassemia').replace(/\s+/g, ' '), 'beta -thalassemia');
  assert.ok(judgeKeys('ß-cell hyperplasia').has('beta cell hyperplasia'));
  assert.ok(isCorrect(judge({ name: 'Alpha thalassemia' }, { name: 'α-thalassemia' })));
});

test('an infection named by its organism: "Infection with X" = "X infection"; "X virus infection" = "X infection"', () => {
  assert.deepEqual(infectionForms('Infection with Staphylococcus aureus'), ['Staphylococcus aureus infection']);
  assert.deepEqual(infectionForms('Infection with herpes simplex virus'), ['herpes simplex virus infection', 'herpes simplex infection']);
  assert.deepEqual(infectionForms('Herpes simplex virus infection'), ['Herpes simplex infection']);
  assert.deepEqual(infectionForms('Urinary tract infection'), []);
  assert.deepEqual(infectionForms('Infection of the bone'), [], 'a site, not an organism');
  assert.ok(isCorrect(judge({ name: 'Herpes simplex' }, { name: 'Infection with herpes simplex virus' })));
  assert.ok(!isCorrect(judge({ name: 'Herpes zoster' }, { name: 'Infection with herpes simplex virus' })));
});

test('a carcinoma has its cancer as a parent, in any word order; abbreviations have no exact key', () => {
  assert.deepEqual(carcinomaParents('Small cell carcinoma of the lung'), ['~cancer cell lung small']);
  assert.deepEqual(carcinomaParents('Carcinoma'), []);
  assert.ok(isCorrect(judge({ name: 'Small cell lung cancer' }, { name: 'Small cell carcinoma of the lung', parentNames: carcinomaParents('Small cell carcinoma of the lung') })));
  assert.ok(!isCorrect(judge({ name: 'Lung cancer' }, { name: 'Small cell carcinoma of the lung', parentNames: carcinomaParents('Small cell carcinoma of the lung') })));
  assert.deepEqual(exactKeys('CML'), []);
  assert.deepEqual(exactKeys('Lung small cell carcinoma'), ['lung small cell carcinoma', '~carcinoma cell lung small']);
});
