import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCorrect, judge, normaliseName } from './judge.js';

const rp19 = { id: 'OMIM:601718', name: 'Retinitis pigmentosa 19', genes: ['ABCA4'] };

test('5: same id', () => assert.equal(judge(rp19, { ...rp19 }), 5));
test('5: shared ICD-10 code', () => assert.equal(judge({ name: 'x', icd10: ['J18.9'] }, { name: 'y', icd10: ['J189'] }), 5));
test('4: parent or child in the ontology', () => {
  assert.equal(judge({ id: 'A', name: 'a', parents: ['B'] }, { id: 'B', name: 'b' }), 4);
  assert.equal(judge({ id: 'B', name: 'b' }, { id: 'A', name: 'a', parents: ['B'] }), 4);
});
test('4: synonym after normalisation', () => {
  assert.equal(judge({ id: 'X', name: "Stargardt's disease type I" }, { id: 'Y', name: 'stargardt disease 1' }), 4);
  assert.equal(normaliseName('Type II  Diabetes'), '2 diabetes');
});
test('3: same category or disease series', () => {
  assert.equal(judge({ id: 'OMIM:1', name: 'Retinitis pigmentosa 7' }, rp19), 3);
  assert.equal(judge({ id: 'a', name: 'a', category: 'Respiratory' }, { id: 'b', name: 'b', category: 'respiratory' }), 3);
});
test('2: shared causal gene', () => assert.equal(judge({ id: 'OMIM:248200', name: 'Stargardt disease 1', genes: ['abca4'] }, rp19), 2));
test('1: unrelated; correct only at >= 4', () => {
  assert.equal(judge({ id: 'z', name: 'Marfan syndrome' }, rp19), 1);
  assert.equal(isCorrect(4), true);
  assert.equal(isCorrect(3), false);
});

test('4: name variants: qualifiers, filler, word order, spelling, abbreviations in parentheses, curly apostrophes', () => {
  const same = (a: string, b: string): boolean => isCorrect(judge({ name: a }, { name: b }));
  assert.ok(same('Appendicitis', 'Acute appendicitis'));
  assert.ok(same('Diabetes mellitus type 2', 'Type 2 diabetes mellitus'));
  assert.ok(same('Herniated disk', 'Disk herniated'));
  assert.ok(same('Intervertebral disc herniation', 'Intervertebral disk herniation'));
  assert.ok(same('BPPV', 'Benign Paroxysmal Positional Vertigo (BPPV)'));
  assert.ok(same('Hirschsprung disease', 'Hirschsprung\u2019s disease'));
  assert.ok(same('Congenital rubella', 'Congenital Rubella Infection'));
  assert.ok(same('Haemophilia A', 'Hemophilia A'));
  assert.ok(!same('Acute myeloid leukemia', 'Chronic myeloid leukemia'));
  assert.ok(!same('Hemophilia A', 'Hemophilia B'));
  assert.ok(!same('Diabetes mellitus type 1', 'Diabetes mellitus type 2'));
  assert.ok(same('Restless legs syndrome', 'Restless leg syndrome'));
  assert.ok(same('Post-streptococcal glomerulonephritis', 'Poststreptococcal glomerulonephritis'));
  assert.ok(same('Salicylate toxicity', 'Salicylate poisoning'));
  assert.ok(same('Lithium intoxication', 'Lithium toxicity'));
  assert.ok(!same('Lithium toxicity', 'Salicylate toxicity'));
  assert.ok(!same('Toxicity', 'Poisoning'));
});
test('4: parent or child by ICD-10 prefix; a shared block alone stays 2', () => {
  assert.equal(judge({ name: 'Hemophilia', icd10: ['D66'] }, { name: 'Hemophilia A', icd10: ['D66.0'] }), 4);
  assert.equal(judge({ name: 'x', icd10: ['I21.4'] }, { name: 'y', icd10: ['I21.0'] }), 2);
});
