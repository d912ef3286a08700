import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOfSpan, locateConcept, parseNegexTsv, predictNegex, scoreNegex } from './negex-eval.js';

test('the concept is located by its capitals first, then by case and spacing, then by plural', () => {
  const s = 'No chest pain today; CHEST   PAIN was denied.';
  assert.deepEqual(locateConcept(s, 'chest pain'), { start: 21, end: 33 });
  assert.deepEqual(locateConcept('no chest-pain', 'chest pain'), { start: 3, end: 13 });
  const p = locateConcept('Denies fevers.', 'fever');
  assert.ok(p);
  assert.equal(locateConcept('Denies fever.', 'cough'), undefined);
  assert.equal(locateConcept('anything', '   '), undefined);
});

test('context of a given span', () => {
  assert.equal(contextOfSpan('She denies FEVER.', { start: 11, end: 16 }).negated, true);
  assert.equal(contextOfSpan('She has FEVER.', { start: 8, end: 13 }).negated, false);
  assert.equal(contextOfSpan('x', { start: 50, end: 60 }).negated, false);
});

test('TSV parsing unquotes cells and reports bad rows by line', () => {
  const ok = parseNegexTsv('h\th\th\th\n1\t"fever"\t"She said ""no"" to FEVER."\tNegated\n');
  assert.ok(ok.ok);
  if (ok.ok) assert.deepEqual(ok.value, [{ report: '1', concept: 'fever', sentence: 'She said "no" to FEVER.', label: 'Negated' }]);
  const bad = parseNegexTsv('h\n1\tx\n');
  assert.equal(bad.ok, false);
  assert.equal(bad.issues[0]?.code, 'columns');
  assert.equal(parseNegexTsv('header only\n').ok, false);
});

test('scores: precision, recall and F1 of the Negated class', () => {
  const rows = [
    { report: '1', concept: 'fever', sentence: 'No FEVER.', label: 'Negated' as const },
    { report: '1', concept: 'cough', sentence: 'COUGH present.', label: 'Affirmed' as const },
    { report: '1', concept: 'rash', sentence: 'No RASH.', label: 'Affirmed' as const },
    { report: '1', concept: 'pain', sentence: 'PAIN is gone.', label: 'Negated' as const },
  ];
  const s = scoreNegex(predictNegex(rows));
  assert.deepEqual([s.tp, s.fp, s.fn, s.tn], [1, 1, 1, 1]);
  assert.equal(s.accuracy, 0.5);
  assert.equal(s.negated_f1, 0.5);
});
