import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { extractFindings } from './extract.js';
import { notePregnant } from './glucose-timing.js';
import { buildLexicon } from './lexicon.js';

const C = 'https://ddx.dev/concept';
const f = (id: string, name: string, kind: FindingDef['kind'] = 'lab'): FindingDef => ({ id, name, kind, valueType: 'binary', leak: 0.05, codes: [{ system: C, code: id }] }) as FindingDef;
const lexicon = buildLexicon({
  id: 'g', version: '1',
  findings: [f('glucose-high', 'high blood glucose'), f('glucose-low', 'low blood glucose'), f('fever', 'fever', 'sign'), f('hyperpyrexia', 'core temperature above 40 C', 'sign'), f('osmolality-high', 'high serum osmolality'), f('osmolal-gap-high', 'raised osmolal gap')],
});

function read(text: string): { findings: Map<string, boolean>; rules: string[] } {
  const r = extractFindings(text, lexicon, { age: 30, sex: 'female' });
  assert.ok(r.ok);
  return { findings: new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const)), rules: r.value.readings.map((x) => x.rule) };
}

test('a 75 g OGTT in pregnancy is judged by IADPSG cut-offs, timed values included', () => {
  const r = read('26 weeks pregnant. 75 g oral glucose tolerance test: fasting glucose 97 mg/dL, 1 hour 194 mg/dL, 2 hours 171 mg/dL.');
  assert.equal(r.findings.get('glucose-high'), true);
  assert.ok(r.rules.includes('qty.glucose.fasting'));
  assert.ok(r.rules.includes('qty.glucose.ogtt-1h') && r.rules.includes('qty.glucose.ogtt-2h'));
  // Each value alone decides: fasting 95 is high in pregnancy (>= 92), normal otherwise (< 100).
  assert.equal(read('Pregnant, 24 weeks. Fasting glucose 95 mg/dL.').findings.get('glucose-high'), true);
  assert.equal(read('Fasting glucose 95 mg/dL.').findings.get('glucose-high'), false);
  assert.equal(read('Not pregnant. Fasting glucose 95 mg/dL.').findings.get('glucose-high'), false);
});

test('outside pregnancy the ADA cut-offs apply: fasting >= 100 and 2 h >= 140 are high; mmol/L is converted', () => {
  assert.equal(read('Fasting glucose 112 mg/dL.').findings.get('glucose-high'), true, 'a random cut-off (140) would call it normal');
  assert.equal(read('OGTT: fasting 90 mg/dL, 2 hours 150 mg/dL.').findings.get('glucose-high'), true);
  assert.equal(read('OGTT: fasting 4.8 mmol/L, 2 h 6.1 mmol/L.').findings.get('glucose-high'), false);
  assert.equal(read('Glucose 130 mg/dL.').findings.get('glucose-high'), false, 'an untimed glucose keeps the random range');
  assert.equal(notePregnant('G2P1 at 30 weeks'), true);
  assert.equal(notePregnant('non-pregnant woman'), false);
});

test('a temperature above 40 C is also hyperpyrexia, and 38.6 C rules it out', () => {
  const hot = read('Rectal temperature 41.4 C.');
  assert.equal(hot.findings.get('fever'), true);
  assert.equal(hot.findings.get('hyperpyrexia'), true);
  assert.equal(read('T 38.6 C.').findings.get('hyperpyrexia'), false);
});

test('the osmolal gap is read when written, and derived from measured minus calculated osmolality', () => {
  const d = read('Measured osmolality 334 mOsm/kg against a calculated 292.');
  assert.equal(d.findings.get('osmolal-gap-high'), true);
  assert.ok(d.rules.includes('qty.osmolal-gap.measured-minus-calculated'));
  assert.equal(read('Serum osmolality 296, calculated osmolality 290.').findings.get('osmolal-gap-high'), false);
  assert.equal(read('Osmolal gap 25 mOsm/kg.').findings.get('osmolal-gap-high'), true);
});

test('"fasting" written after the value times that glucose; a fasting value of another test does not', () => {
  assert.equal(read('Glucose 131 mg/dL fasting.').findings.get('glucose-high'), true);
  assert.equal(read('Glucose 112 mg/dL (fasting).').findings.get('glucose-high'), true);
  assert.equal(read('Glucose 6.4 mmol/L, fasting.').findings.get('glucose-high'), true);
  assert.equal(read('Glucose 118 mg/dL after an overnight fast.').findings.get('glucose-high'), true);
  // Random glucose under 140 is normal; "fasting insulin" after it times the insulin, not the glucose.
  assert.equal(read('Glucose 112 mg/dL.').findings.get('glucose-high'), false);
  assert.equal(read('Glucose 112 mg/dL, fasting insulin 20.').findings.get('glucose-high'), false);
});
