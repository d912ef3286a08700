import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FindingDef } from '../../core/model.js';
import { extractFindings, type Extraction } from './extract.js';
import { buildLexicon } from './lexicon.js';

const C = 'https://ddx.dev/concept';
const f = (id: string, name: string): FindingDef => ({ id, name, kind: 'lab', valueType: 'binary', leak: 0.05, codes: [{ system: C, code: id }] }) as FindingDef;
const lexicon = buildLexicon({
  id: 'd', version: '1',
  findings: [f('anion-gap-high', 'high anion gap'), f('calcium-high', 'high calcium'), f('calcium-low', 'low calcium'), f('bicarbonate-low', 'metabolic acidosis'), f('albumin-low', 'low albumin'), f('t3-high', 'high T3'), f('bilirubin-high', 'raised bilirubin'), f('hypotension', 'hypotension'), f('confusion', 'confusion'), f('urine-blood-positive', 'blood in urine on dipstick'), f('ph-low', 'acidaemia'), f('abg-hypercapnia', 'hypercapnia'), f('hypoxemia', 'hypoxemia')],
});

function read(text: string, age = 50): Extraction {
  const r = extractFindings(text, lexicon, { age, sex: 'female' });
  assert.ok(r.ok);
  return r.value;
}
const found = (x: Extraction): Map<string, boolean> => new Map(x.findings.map((o) => [o.id, 'present' in o ? o.present : true] as const));

test('the anion gap is derived from sodium, chloride and bicarbonate, judged where both intervals agree', () => {
  assert.equal(found(read('Na 138, Cl 98, HCO3 10.')).get('anion-gap-high'), true);
  assert.equal(found(read('Na 140, Cl 104, HCO3 26.')).get('anion-gap-high'), false);
  // 140 - 100 - 24 = 16: between the two conventions, listed as undecided.
  const x = read('Na 140, Cl 100, HCO3 24.');
  assert.equal(found(x).has('anion-gap-high'), false);
  assert.ok(x.unmapped.some((u) => u.rule === 'qty.anion-gap.derived-undecided'));
  // A written gap is read as written; nothing is derived.
  assert.equal(read('Na 138, Cl 98, HCO3 10, anion gap 30.').readings.filter((r) => r.test === 'anion-gap').length, 1);
  // Components far apart (serial panels) are not combined.
  assert.equal(read(`Na 138. ${'Stable overnight with no events. '.repeat(10)} Cl 98, HCO3 10.`).readings.some((r) => r.test === 'anion-gap'), false);
});

test('total calcium is judged by its albumin-corrected value (Payne 1973)', () => {
  const high = read('Ca 9.9 mg/dL, albumin 2.0 g/dL.');
  assert.equal(found(high).get('calcium-high'), true);
  assert.ok(high.readings.some((r) => r.rule === 'qty.calcium.albumin-corrected' && r.converted === 11.5));
  // A low total calcium with a low albumin is no hypocalcaemia: 7.8 + 0.8 x 1.5 = 9.0.
  assert.equal(found(read('Calcium 7.8 mg/dL, albumin 2.5 g/dL.')).get('calcium-low'), false);
  // Ionised or already corrected calcium is not corrected again; a normal albumin changes nothing.
  assert.equal(found(read('Corrected calcium 9.9 mg/dL, albumin 2.0 g/dL.')).get('calcium-high'), false);
  assert.equal(found(read('Ionized calcium 1.45 mmol/L, albumin 2.0 g/dL.')).get('calcium-high'), true);
  assert.equal(found(read('Ca 9.9 mg/dL, albumin 4.2 g/dL.')).get('calcium-high'), false);
});

test('free T3, direct bilirubin and ionised calcium are their own tests, not the total', () => {
  assert.equal(found(read('free T3 9.8 pg/mL')).get('t3-high'), true);
  assert.equal(found(read('ionised calcium 1.10 mmol/L')).get('calcium-low'), true);
  assert.equal(read('ionised calcium 1.10 mmol/L').readings[0]?.test, 'ionized-calcium');
  assert.equal(found(read('direct bilirubin 2.8 mg/dL')).get('bilirubin-high'), true);
  assert.equal(read('direct bilirubin 2.8 mg/dL').readings[0]?.test, 'direct-bilirubin');
});

test('shorthand panels: blood gas triples, GCS components, urine items', () => {
  const gas = read('ABG: 7.21/68/55 on room air.');
  assert.deepEqual(gas.readings.map((r) => [r.test, r.flag]), [['ph', 'L'], ['pco2', 'H'], ['po2', 'L']]);
  // kPa by size; a VBG gives its pH only.
  assert.equal(read('ABG 7.30/9.1/7.3').readings.find((r) => r.test === 'pco2')?.converted, 68.3);
  assert.deepEqual(read('VBG 7.25/60/40').readings.map((r) => r.test), ['ph']);
  assert.equal(found(read('GCS E2V2M5.')).get('confusion'), true);
  assert.equal(read('GCS 9 (E2V2M5).').readings.filter((r) => r.test === 'gcs').length, 1);
  assert.equal(read('GCS E1VTM5').readings.length, 0);
  assert.equal(found(read('UA: blood 3+, nitrite negative.')).get('urine-blood-positive'), true);
  assert.equal(found(read('Urine dipstick: blood large.')).get('urine-blood-positive'), true);
  assert.equal(found(read('Urine microscopy: red cells >50/hpf.')).get('urine-blood-positive'), true);
  // Outside a urine panel "blood" names the specimen.
  assert.equal(found(read('Blood positive for nothing.')).has('urine-blood-positive'), false);
});

test('orthostatic pairs are judged by the consensus definition and listed as not in the model', () => {
  const oh = read('Lying BP 128/78 HR 76, standing BP 98/64 HR 92.');
  assert.ok(oh.unmapped.some((u) => u.concept === 'orthostatic-hypotension-measured' && u.present === true && u.reason === 'not-in-model'));
  assert.ok(oh.unmapped.some((u) => u.concept === 'orthostatic-tachycardia-measured' && u.present === false));
  const pots = read('Supine 118/76, HR 72; standing 116/74, HR 114.', 24);
  assert.ok(pots.unmapped.some((u) => u.concept === 'orthostatic-tachycardia-measured' && u.present === true));
  // Aged 12-19 the rise must be 40 or more.
  const teen = read('Supine 118/76, HR 72; standing 116/74, HR 105.', 16);
  assert.ok(teen.unmapped.some((u) => u.concept === 'orthostatic-tachycardia-measured' && u.present === false));
  assert.equal(read('BP 128/78 HR 76.').unmapped.some((u) => u.concept?.startsWith('orthostatic')), false);
});

test('names joined by slashes take values joined by slashes, in order', () => {
  const x = read('Na/K 128/6.1, BUN/Cr 64/3.4');
  assert.deepEqual(x.readings.map((r) => [r.test, r.flag]), [['sodium', 'L'], ['potassium', 'H'], ['bun', 'H'], ['creatinine', 'H']]);
  // Counts must agree; BP stays a pair; "Pt" (patient) is no prothrombin time.
  assert.deepEqual(read('PT/INR 24/2.9').readings.map((r) => [r.test, r.flag]), [['pt', 'H'], ['inr', 'H']]);
  assert.deepEqual(read('Pt 70s female, pt 24 y/o').readings, []);
  assert.equal(read('Na/K 128/6.1/90').readings.some((r) => r.rule.endsWith('slash-list')), false);
  assert.deepEqual(read('BP 82/46').readings.map((r) => r.test), ['systolic-bp', 'diastolic-bp']);
});

test('urine strip results written in mg/dL are judged by the strip cut-offs (Simerville 2005)', () => {
  const x = read('Urinalysis: ketones 80 mg/dL, protein 300 mg/dL.');
  assert.deepEqual(x.readings.map((r) => [r.test, r.flag]), [['urine-ketones', 'POS'], ['urine-protein', 'POS']]);
  assert.equal(read('Urine ketones 5 mg/dL').readings[0]?.flag, 'NEG');
  assert.equal(read('serum ketones 3.2 mmol/L').readings[0]?.test, 'beta-hydroxybutyrate');
});

test('ion charges written with Unicode minus and superscripts name the ion', () => {
  assert.deepEqual(read('Cl− 90 mEq/L, HCO3− 14 mEq/L, K⁺ 6.1').readings.map((r) => r.test), ['chloride', 'bicarbonate', 'potassium']);
});

test('micro written μ, µ or mc, and total T4 by its unit', () => {
  assert.deepEqual(read('Iron 22 μg/dL, cortisol 2 mcg/dL, TSH 0.01 μU/mL').readings.map((r) => [r.test, r.flag]), [['iron', 'L'], ['cortisol', 'L'], ['tsh', 'L']]);
  assert.equal(read('Thyroxine (T4) 15 μg/dL').readings[0]?.test, 'total-t4');
  assert.equal(read('T4 3.1 ng/dL').readings[0]?.test, 'free-t4');
});

// Second reader (review-intake): forms of ordinary clinical prose that must not read as values.
const tests = (text: string): string[] => read(text).readings.map((r) => r.test);
/** Tests judged (a reading listed as not judged, flag IND, decides nothing). */
const judged = (text: string): string[] => read(text).readings.filter((r) => r.flag !== 'IND').map((r) => r.test);

test('a slash list ends at a full stop, as a sentence does', () => {
  assert.deepEqual(read('Na/K 128/5.9.').readings.map((r) => [r.test, r.flag]), [['sodium', 'L'], ['potassium', 'H']]);
  assert.deepEqual(read('PT/INR 24/2.9. Plan: warfarin held.').readings.map((r) => [r.test, r.flag]), [['pt', 'H'], ['inr', 'H']]);
  assert.deepEqual(read('Hgb/Hct 9.1/27.').readings.map((r) => [r.test, r.flag]), [['hemoglobin', 'L'], ['hematocrit', 'L']]);
});

test('a date after names joined by slashes is no list of values', () => {
  // "on 3/4" read as BUN 3 and creatinine 4 mg/dL would be a renal failure; Hb 3 g/dL a lethal anaemia.
  assert.deepEqual(judged('BUN/Cr on 3/4 improving.'), []);
  assert.deepEqual(judged('Hgb/Hct on 3/4 stable.'), []);
  assert.deepEqual(judged('Na/K at 10/12 clinic were normal.'), []);
  assert.deepEqual(judged('Na/K since 1/2 normal.'), []);
});

test('slashes of ordinary prose are no values', () => {
  for (const t of ['PT/OT to see the patient.', 'Referred to PT/OT 3/4.', 'Needs 24/7 supervision.', 'Completed 2/3 of the course.', 'Seen on 3/4 for follow-up.', 'PT 2/3 sessions completed.', 'Pt/INR pending.', 'Tolerating 1/2 of meals.']) {
    assert.deepEqual(tests(t), [], t);
  }
  // A blood pressure is never a blood gas; a date is never a GCS.
  assert.deepEqual(tests('BP 120/80, HR 72.').filter((t) => t === 'ph' || t === 'pco2'), []);
  assert.deepEqual(tests('ABG done 7/12/24.'), []);
});

test('"Ag" after another test is an antigen, not the anion gap; "ICA" is an artery', () => {
  for (const t of ['Strep Ag positive.', 'Legionella urinary Ag positive.', 'Rapid Ag test negative.', 'Cryptococcal Ag positive in CSF.']) {
    assert.equal(read(t).readings.some((r) => r.test === 'anion-gap'), false, t);
  }
  assert.equal(read('AG 20').readings[0]?.flag, 'H');
  assert.equal(read('Na 140, Cl 100, HCO3 24, AG 16.').readings.filter((r) => r.test === 'anion-gap').length, 1);
  for (const t of ['ICA 70% stenosis on duplex.', 'Right ICA 1.2 on the scan.', 'ICA 1.0']) assert.equal(judged(t).includes('ionized-calcium'), false, t);
  assert.equal(read('iCa 1.02 mmol/L').readings[0]?.test, 'ionized-calcium');
});

test('a calcium the note calls corrected after its value is not corrected again', () => {
  assert.equal(read('Ca 8.0 (corrected), albumin 2.5.').readings.some((r) => r.rule === 'qty.calcium.albumin-corrected'), false);
  assert.equal(found(read('Ca 8.0 (corrected), albumin 2.5.')).get('calcium-low'), true);
});

test('a blood gas report has one unit: a PaO2 beside a PaCO2 in kPa is in kPa', () => {
  // On oxygen a PaO2 of 35 kPa (263 mmHg) is no hypoxaemia.
  const x = read('ABG on 60% FiO2: 7.30/6.5/35.2');
  assert.deepEqual(x.readings.map((r) => [r.test, r.flag]), [['ph', 'L'], ['pco2', 'H'], ['po2', 'N']]);
  assert.equal(x.readings.find((r) => r.test === 'po2')?.converted, 264);
  assert.equal(read('ABG 7.21/68/55').readings.find((r) => r.test === 'po2')?.flag, 'L');
});

test('thyroxine the drug and a bare peak flow are no values', () => {
  for (const t of ['Started on thyroxine 25 last year.', 'On thyroxine 100 micrograms daily.', 'Thyroxine 75mcg od.']) assert.deepEqual(judged(t), [], t);
  assert.equal(read('Thyroxine (T4) 15 μg/dL').readings[0]?.flag, 'H');
  // "PEFR 90": 90 L/min (a life-threatening attack) or 90% (normal); only "%" says which.
  assert.deepEqual(judged('PEFR 90 this morning.'), []);
  assert.equal(read('Peak flow 45% of best.').readings[0]?.flag, 'L');
});

test('the thresholds at their edges: anion gap 16/11, orthostatic 20/10 mmHg and 30/min, strip protein 30 mg/dL, GCS total', () => {
  const gap = (text: string): string | undefined => read(text).readings.find((r) => r.test === 'anion-gap')?.flag;
  assert.equal(gap('Na 140, Cl 100, HCO3 23.'), 'H'); // 17
  assert.equal(gap('Na 140, Cl 100, HCO3 29.'), 'N'); // 11
  assert.equal(gap('Na 140, Cl 100, HCO3 28.'), 'IND'); // 12
  const orth = (text: string, concept: string, age = 50): boolean | undefined => read(text, age).unmapped.find((u) => u.concept === concept)?.present;
  assert.equal(orth('Lying 130/80, HR 70; standing 110/78, HR 80.', 'orthostatic-hypotension-measured'), true); // systolic -20
  assert.equal(orth('Lying 130/80, HR 70; standing 111/78, HR 80.', 'orthostatic-hypotension-measured'), false); // -19
  assert.equal(orth('Lying 130/80, HR 70; standing 128/70, HR 80.', 'orthostatic-hypotension-measured'), true); // diastolic -10
  assert.equal(orth('Lying 130/80, HR 70; standing 128/71, HR 80.', 'orthostatic-hypotension-measured'), false); // -9
  assert.equal(orth('Lying 130/80, HR 70; standing 128/78, HR 100.', 'orthostatic-tachycardia-measured'), true); // +30
  assert.equal(orth('Lying 130/80, HR 70; standing 128/78, HR 99.', 'orthostatic-tachycardia-measured'), false); // +29
  // A rise of 30 with a fall in pressure is orthostatic hypotension, not the tachycardia of POTS (Freeman 2011).
  assert.equal(orth('Lying 130/80, HR 70; standing 100/60, HR 110.', 'orthostatic-tachycardia-measured'), false);
  // A standing pressure far from the lying one (another examination) is no pair.
  assert.equal(orth(`Lying 130/80, HR 70. ${'Abdomen soft and non-tender throughout. '.repeat(6)}Standing 100/60, HR 110.`, 'orthostatic-hypotension-measured'), undefined);
  assert.equal(read('Urinalysis: protein 30 mg/dL.').readings[0]?.flag, 'POS');
  assert.equal(read('Urinalysis: protein 20 mg/dL.').readings[0]?.flag, 'NEG');
  assert.equal(read('GCS E2V2M5.').readings[0]?.value, 9);
});

test('pure-tone audiogram thresholds: above 25 dB HL at any frequency is hearing loss on audiometry; differences are no thresholds', () => {
  const loss = (text: string): boolean | undefined => read(text).unmapped.find((u) => u.concept === 'audiometry-abnormal')?.present;
  assert.equal(loss('Pure-tone audiogram: right 15 dB at 250 Hz, 25 dB at 1 kHz, 45 dB at 2 kHz.'), true);
  assert.equal(loss('Pure-tone audiometry: 250-2000 Hz 15-20 dB HL, 4 kHz 26 dB.'), true, 'just above 25');
  assert.equal(loss('Pure-tone audiometry: 250-8000 Hz 10-25 dB HL.'), undefined, '25 dB HL is still normal');
  assert.equal(loss('Pure-tone audiogram: thresholds 20 dB HL, ears within 30 dB of each other, air-bone gap 30 dB.'), undefined, 'differences');
  assert.equal(loss('Works beside a press at 95 dB. Audiogram booked.'), undefined, 'a noise level outside the audiogram sentence');
});
