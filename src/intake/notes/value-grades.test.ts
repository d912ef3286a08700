import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { extractFindings } from './extract.js';
import { buildLexicon } from './lexicon.js';

// Values graded by a guideline threshold inside or beyond the reference range (fourteenth session, values2):
// blood pressure above 180/120 (ACC/AHA 2017), BMI 25 or more (WHO 2000), DXA T-score below -1.0 (WHO 1994),
// low morning testosterone (Endocrine Society 2018, 264 ng/dL).
const C = 'https://ddx.dev/concept';
const f = (id: string, kind: FindingDef['kind'] = 'lab'): FindingDef =>
  ({ id, name: id, kind, valueType: 'binary', leak: 0.05, synonyms: [], codes: [{ system: C, code: id }] }) as FindingDef;
const lexicon = buildLexicon({
  id: 'g', version: '1',
  findings: [f('hypertension-measured', 'sign'), f('bp-severe-range', 'sign'), f('obese', 'sign'), f('bmi-overweight-range', 'sign'),
    f('dexa-low-bone-density', 'imaging'), f('dexa-low-bone-mass', 'imaging'), f('testosterone-low'), f('post-void-residual-high', 'sign'),
    f('hemoglobin-low'), f('troponin-high'), f('hdl-low')],
});

function read(text: string, sex: 'female' | 'male' = 'male'): Map<string, boolean> {
  const r = extractFindings(text, lexicon, { sex, age: 60 });
  assert.ok(r.ok);
  return new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));
}

test('a blood pressure above 180 systolic and/or 120 diastolic is in the severe range; 178/118 is not', () => {
  assert.equal(read('BP 192/124 mmHg.').get('bp-severe-range'), true);
  assert.equal(read('Blood pressure 185/110.').get('bp-severe-range'), true);
  assert.equal(read('BP 170/125.').get('bp-severe-range'), true);
  assert.equal(read('Systolic 190 mmHg.').get('bp-severe-range'), true);
  const m = read('BP: 178/118 mmHg');
  assert.equal(m.get('bp-severe-range'), false);
  assert.equal(read('BP 150/95.').get('bp-severe-range'), false);
});

test('a BMI of 25-29.9 is in the overweight range and not obese; 30 or more is both; weight and height derive it', () => {
  const m = read('BMI 27.4 kg/m2.');
  assert.equal(m.get('bmi-overweight-range'), true);
  assert.equal(m.get('obese'), false);
  const o = read('BMI 31.');
  assert.equal(o.get('bmi-overweight-range'), true);
  assert.equal(o.get('obese'), true);
  assert.equal(read('BMI 22.1').get('bmi-overweight-range'), false);
  assert.equal(read('Weight 80 kg, height 175 cm.').get('bmi-overweight-range'), true);
  assert.equal(read('Weight 60 kg, height 175 cm.').get('bmi-overweight-range'), false);
});

test('a DXA T-score below -1.0 is low bone mass; osteoporosis needs -2.5 or below', () => {
  const m = read('DXA: lumbar spine T-score -1.8.', 'female');
  assert.equal(m.get('dexa-low-bone-mass'), true);
  assert.equal(m.get('dexa-low-bone-density'), false);
  const o = read('DEXA T-score -2.9 at the femoral neck.', 'female');
  assert.equal(o.get('dexa-low-bone-mass'), true);
  assert.equal(o.get('dexa-low-bone-density'), true);
  assert.equal(read('T-score -0.4 at the hip.', 'female').get('dexa-low-bone-mass'), false);
});

test('a morning total testosterone below 264 ng/dL (9.2 nmol/L) in a man is low', () => {
  assert.equal(read('Total testosterone 180 ng/dL at 8 am.').get('testosterone-low'), true);
  assert.equal(read('Morning testosterone 6.2 nmol/L.').get('testosterone-low'), true);
  assert.equal(read('Testosterone 520 ng/dL.').get('testosterone-low'), false);
  assert.equal(read('Serum testosterone 15.1 nmol/L.').get('testosterone-low'), false);
});

/** Findings and the rules of the readings, with no sex given. */
function readUnstated(text: string): { findings: Map<string, boolean>; rules: string[] } {
  const r = extractFindings(text, lexicon, { age: 60 });
  assert.ok(r.ok);
  return { findings: new Map(r.value.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const)), rules: r.value.readings.map((x) => x.rule) };
}

test('sex not stated: a value abnormal for one sex only is left undecided, not read as normal', () => {
  // Testosterone has a low limit for men only: 180 ng/dL is low in a man, unremarkable in a woman.
  const t = readUnstated('Testosterone 180 ng/dL.');
  assert.equal(t.findings.has('testosterone-low'), false);
  assert.deepEqual(t.rules, ['qty.testosterone.sex-unstated']);
  assert.equal(read('Testosterone 180 ng/dL.', 'male').get('testosterone-low'), true);
  // Normal for both sexes, or abnormal for both: judged as before.
  assert.equal(readUnstated('Testosterone 520 ng/dL.').findings.get('testosterone-low'), false);
  assert.equal(readUnstated('Hb 10.1 g/dL.').findings.get('hemoglobin-low'), true);
  assert.equal(readUnstated('Hb 14.2 g/dL.').findings.get('hemoglobin-low'), false);
  // Hb 12.8 is low for a man (13.5), normal for a woman (12.0); hs-troponin I 20 ng/L is above the female 99th percentile (16), not the male (34).
  assert.deepEqual(readUnstated('Hb 12.8 g/dL.').rules, ['qty.hemoglobin.sex-unstated']);
  assert.equal(readUnstated('hs troponin I 20 ng/L.').findings.has('troponin-high'), false);
  assert.equal(read('hs troponin I 20 ng/L.', 'female').get('troponin-high'), true);
});

test('a post-void residual is a volume in mL: above 300 mL is retention, 100-300 undecided, under 100 empties', () => {
  assert.equal(read('PVR 450 mL.').get('post-void-residual-high'), true);
  assert.equal(read('Post-void residual of 650 ml on bladder scan.').get('post-void-residual-high'), true);
  assert.equal(read('Bladder scan: 900 cc.').get('post-void-residual-high'), true);
  assert.equal(read('Post-void residual 40 mL.').get('post-void-residual-high'), false);
  assert.equal(read('PVR 180 mL.').has('post-void-residual-high'), false);
  // Pulmonary vascular resistance shares the abbreviation; its small numbers are not a bladder volume.
  assert.equal(read('PVR 3.2 Wood units.').has('post-void-residual-high'), false);
  // Nor its large ones (dyn·s/cm5): after "PVR" a volume needs its unit; after the written name it does not.
  assert.equal(read('PVR 450 dynes-sec-cm-5.').has('post-void-residual-high'), false);
  assert.deepEqual(readUnstated('PVR 450.').rules, ['qty.post-void-residual.unit-needed']);
  assert.equal(read('Post-void residual 450.').get('post-void-residual-high'), true);
});

test('non-HDL cholesterol is no HDL value: listed, not judged', () => {
  assert.equal(read('Non-HDL cholesterol 190 mg/dL.').has('hdl-low'), false);
  assert.deepEqual(readUnstated('Non-HDL cholesterol 190 mg/dL.').rules, ['qty.non-hdl-cholesterol.no-range']);
  assert.equal(read('HDL 38, non-HDL 202.').get('hdl-low'), true);
});

test('HDL cholesterol is low below 40 mg/dL in men and 50 in women (metabolic syndrome criteria); between them, with sex unstated, undecided', () => {
  assert.equal(read('HDL 36 mg/dL.', 'male').get('hdl-low'), true);
  assert.equal(read('HDL 45 mg/dL.', 'male').get('hdl-low'), false);
  assert.equal(read('HDL cholesterol 45 mg/dL.', 'female').get('hdl-low'), true);
  assert.equal(read('HDL 0.9 mmol/L.', 'male').get('hdl-low'), true);
  assert.deepEqual(readUnstated('HDL 45 mg/dL.').rules, ['qty.hdl.sex-unstated']);
});
