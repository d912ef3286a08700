import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { extractFindings } from './extract.js';
import { buildLexicon } from './lexicon.js';

const C = 'https://ddx.dev/concept';
const f = (id: string): FindingDef => ({ id, name: id, kind: 'lab', valueType: 'binary', leak: 0.05, synonyms: [], codes: [{ system: C, code: id }] }) as FindingDef;
const lexicon = buildLexicon({ id: 'u', version: '1', findings: ['phosphate-low', 'phosphate-high', 'magnesium-low', 'magnesium-high', 'calcium-high', 'creatinine-high'].map(f) });

function readings(text: string): Map<string, { rule: string; flag: string; ucum?: string }> {
  const r = extractFindings(text, lexicon, { sex: 'female', age: 57 });
  assert.ok(r.ok);
  return new Map(r.value.readings.map((x) => [x.test, { rule: x.rule, flag: x.flag, ...(x.ucum ? { ucum: x.ucum } : {}) }] as const));
}

test('a bare number of a two-system analyte is read in the SI units the note writes', () => {
  const r = readings('Ca 2.36 mmol/L, PO4 1.1, creatinine 71 umol/L.');
  assert.deepEqual(r.get('phosphate'), { rule: 'qty.phosphate.value-unit-of-note', flag: 'N', ucum: 'mmol/L' });
});

test('a bare number undecided between systems is judged in the conventional units the note writes', () => {
  const r = readings('Creatinine 0.9 mg/dL, Mg 1.9.');
  assert.deepEqual(r.get('magnesium'), { rule: 'qty.magnesium.value-unit-of-note', flag: 'N', ucum: 'mg/dL' });
});

test('without written units, or with both systems written, the size-based choice stands', () => {
  assert.equal(readings('PO4 1.1.').get('phosphate')?.rule, 'qty.phosphate.value-unit-inferred');
  assert.equal(readings('Ca 2.36 mmol/L, creatinine 0.9 mg/dL, PO4 1.1.').get('phosphate')?.rule, 'qty.phosphate.value-unit-inferred');
  // Potassium is mmol/L in both systems: it sets no system.
  assert.equal(readings('K 3.1 mmol/L, PO4 1.1.').get('phosphate')?.rule, 'qty.phosphate.value-unit-inferred');
});

test('a number impossible in the note system keeps its size-based unit', () => {
  // Hb 13.2 cannot be g/L; the note's g/L elsewhere does not change it.
  const r = extractFindings('Ca 2.4 mmol/L, Hb 13.2.', lexicon, { sex: 'female', age: 40 });
  assert.ok(r.ok);
  assert.equal(r.value.readings.find((x) => x.test === 'hemoglobin')?.rule, 'qty.hemoglobin.value-unit-inferred');
});

test('units of both systems in either order leave the note without a system', () => {
  // The first and the last written unit must both count: a mixed note sets no system whichever comes last.
  assert.equal(readings('Creatinine 0.9 mg/dL, Ca 2.36 mmol/L, PO4 1.1.').get('phosphate')?.rule, 'qty.phosphate.value-unit-inferred');
});

test('g/L is an SI unit: a note writing Hb in g/L reads a bare phosphate in mmol/L', () => {
  assert.deepEqual(readings('Hb 128 g/L, PO4 1.1.').get('phosphate'), { rule: 'qty.phosphate.value-unit-of-note', flag: 'N', ucum: 'mmol/L' });
});

test('a bare number whose size already chose the note system keeps the size rule', () => {
  // Ca 2.4 can only be mmol/L: the note system changes nothing, and the rule says what decided.
  assert.deepEqual(readings('Creatinine 80 umol/L, Ca 2.4.').get('calcium'), { rule: 'qty.calcium.value-unit-inferred', flag: 'N', ucum: 'mmol/L' });
});
