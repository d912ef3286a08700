/**
 * Reading rules of the eleventh session (numbers): a urine panel label, a result word after a test the
 * model has no finding for, drug levels beside drug doses, and ECG wordings of atrial fibrillation and of
 * an infarct's reciprocal changes, each read with the shipped broad model's vocabulary.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(60, 'male');

test('"Urine dip:" labels a urine panel: leucocytes are the strip result, not the blood count', () => {
  const f = found('Urine dip: nitrites positive, leucocytes 3+.');
  assert.equal(f.get('urine-leukocyte-esterase-positive'), true);
  assert.equal(f.get('urine-nitrite-positive'), true);
  assert.equal(f.has('wbc-high'), false);
  // "urine" before one item still qualifies that item only.
  const g = found('urine protein 4+, albumin 1.9 g/dL.');
  assert.equal(g.get('urine-protein-positive'), true);
  assert.equal(g.get('albumin-low'), true);
});

test('a result word after a test the model lacks is that test\'s result, not a negation of the item before', () => {
  assert.equal(found('Joint aspirate: negatively birefringent crystals, Gram stain negative.').get('synovial-fluid-crystals'), true);
  assert.equal(found('Joint aspirate: negatively birefringent crystals, culture negative.').get('synovial-fluid-crystals'), true);
  // A result word after a finding still negates it.
  assert.equal(found('Cough, fever negative.').get('fever'), false);
});

test('drug levels above the therapeutic range; a dose after the bare drug name is no level', () => {
  assert.equal(found('Lithium 2.1 mmol/L.').get('lithium-level-high'), true);
  assert.equal(found('Lithium level 0.7 mmol/L.').get('lithium-level-high'), false);
  assert.equal(found('Digoxin level 3.2 ng/mL.').get('digoxin-level-high'), true);
  assert.equal(found('Serum digoxin 4.1 nmol/L.').get('digoxin-level-high'), true);
  for (const note of ['On lithium 400 mg twice daily.', 'Takes digoxin 125 micrograms daily.', 'Digoxin 62.5 mcg od.']) {
    const f = found(note);
    assert.equal(f.has('lithium-level-high') || f.has('digoxin-level-high'), false, note);
    assert.equal(f.get('lithium-use') ?? f.get('digoxin-use'), true, note);
  }
});

test('ECG: an irregular narrow-complex tachycardia and absent P waves are atrial fibrillation (ESC 2019 SVT, ESC 2020 AF)', () => {
  const f = found('ECG: irregular narrow complex tachycardia, no discernible P waves, rate 140.');
  assert.equal(f.get('ecg-atrial-fibrillation'), true);
  assert.equal(f.has('ecg-svt'), false);
  assert.equal(found('ECG: regular narrow complex tachycardia at 180.').get('ecg-svt'), true);
  // Hidden P waves in a regular narrow-complex tachycardia are re-entry (Brugada 2020), not AF.
  const g = found('ECG: narrow complex regular tachycardia, no visible P waves.');
  assert.equal(g.get('ecg-svt'), true);
  assert.equal(g.has('ecg-atrial-fibrillation'), false);
});

test('ECG: reciprocal depression is part of the infarct pattern, not low mood', () => {
  const f = found('ECG: ST elevation in leads II, III and aVF with reciprocal depression in I and aVL.');
  assert.equal(f.get('ecg-st-elevation'), true);
  assert.equal(f.has('depression'), false);
});

test('screening scales are judged at their published cut-offs, as totals', () => {
  assert.equal(found('PHQ-9 score 21.').get('depression'), true);
  assert.equal(found('PHQ-9 of 4.').get('depression'), false);
  assert.equal(found('GAD-7 17.').get('anxiety-and-nervousness'), true);
  assert.equal(found('MMSE 18/30.').get('umls-c0338656'), true);
  assert.equal(found('MoCA 27/30.').get('umls-c0338656'), false);
  assert.equal(found('AUDIT score 24.').get('abusing-alcohol'), true);
  assert.equal(found('AUDIT 11.').has('abusing-alcohol'), false, '8-15 is hazardous drinking, left undecided');
  assert.equal(found('Epworth sleepiness score 18.').get('sleepiness'), true);
  assert.equal(found('Epworth score 5.').get('sleepiness'), false);
});

test('a score written against its scale\'s total is read by the scale, against another total not at all', () => {
  assert.equal(found('AUDIT score 24/40.').get('abusing-alcohol'), true, 'the AUDIT total is 40 (Babor 2001)');
  assert.equal(found('PHQ-9 14/27.').get('depression'), true);
  assert.equal(found('GAD-7 3/21.').get('anxiety-and-nervousness'), false);
  assert.equal(found('Epworth 16/24.').get('sleepiness'), true);
  assert.equal(found('MMSE 19 out of 30.').get('umls-c0338656'), true);
  assert.equal(found('MoCA 28 out of 30.').get('umls-c0338656'), false);
  // 22 of 28 items is not an MMSE total, and 20/24 is the Epworth's total, not the MMSE's.
  assert.equal(found('MMSE 22/28.').has('umls-c0338656'), false);
  assert.equal(found('MMSE 20/24.').has('umls-c0338656'), false);
});

test('a faecal immunochemical test written as a number is judged at 10 ug Hb/g (NICE DG30)', () => {
  assert.equal(found('FIT 150 ug/g.').get('fecal-occult-blood-positive'), true);
  assert.equal(found('FIT 4 ug/g.').get('fecal-occult-blood-positive'), false);
});

test('a bracketed qualifier or a clock time between a test name and its number is not the value', () => {
  assert.equal(found('Cortisol (9 am) 48 nmol/L.').get('cortisol-low'), true);
  assert.equal(found('Cortisol at 9 am 48 nmol/L.').get('cortisol-low'), true);
  assert.equal(found('Alanine aminotransferase (ALT) 250 U/L.').get('alt-high'), true);
  assert.equal(found('TSH (0.4-4.0) 12.1.').get('tsh-high'), true);
  // A bracketed value with nothing after it is still the value.
  assert.equal(found('Hb (7.1).').get('hemoglobin-low'), true);
});

test('culture reports: an organism seen or grown is a positive culture, "no growth" a negative one', () => {
  assert.equal(found('Blood cultures: Gram-positive cocci in clusters.').get('blood-culture-positive'), true);
  assert.equal(found('Blood cultures: no growth.').get('blood-culture-positive'), false);
  assert.equal(found('Sputum culture: growing Streptococcus pneumoniae.').get('sputum-culture-positive'), true);
  // Culture words say nothing of a measured test.
  assert.equal(found('CRP gram positive.').has('crp-high'), false);
});

test('a value written as a multiple of the upper reference limit is judged against that limit', () => {
  assert.equal(found('Lipase 3x the upper limit of normal.').get('lipase-high'), true, 'Atlanta 2012: 3 times the upper limit');
  assert.equal(found('Lipase >3 times ULN.').get('lipase-high'), true);
  assert.equal(found('Troponin 5x the 99th percentile.').get('troponin-high'), true, 'UDMI 2018');
  assert.equal(found('CK 20x normal.').get('ck-very-high'), true);
  assert.equal(found('CK 0.8 x ULN.').get('ck-high'), false);
  // An upper bound above the limit decides nothing (not "ALT < 3 U/L").
  for (const note of ['ALT below 3x ULN.', 'Lipase under 3 times ULN.', 'ALT less than 3x ULN.']) assert.equal(found(note).has(note.startsWith('ALT') ? 'alt-high' : 'lipase-high'), false, note);
  assert.equal(found('Serum lipase three times the upper limit of normal.').get('lipase-high'), true, 'a multiple in words');
  // Before, "3" was read as the cortisol itself (3 ug/dL, low).
  const f = found('24 h urine free cortisol 3 times normal.');
  assert.equal(f.get('cortisol-high'), true);
  assert.equal(f.get('cortisol-low'), false);
});

test('a count of samples between a culture and its result is stepped over', () => {
  assert.equal(found('Blood cultures x2: Gram-negative rods.').get('blood-culture-positive'), true);
  assert.equal(found('Blood cultures x 2 grew E. coli.').get('blood-culture-positive'), true);
  assert.equal(found('Blood cultures (2 sets): no growth at 48 hours.').get('blood-culture-positive'), false);
  assert.equal(found('Blood cultures 2 sets negative.').get('blood-culture-positive'), false);
  assert.equal(found('Blood cultures (x2) pending.').has('blood-culture-positive'), false);
});

test('a urine culture written as a colony count is positive at 10^5 CFU/mL (Kass 1956; IDSA 2005)', () => {
  for (const note of ['Urine culture: >100,000 CFU/mL E. coli.', 'Urine culture >10^5 cfu/ml of Klebsiella.', 'Urine culture: 1 x 10^5 CFU/mL.', 'Urine culture 10⁵ colony-forming units.', 'Urine culture: E. coli >10^5 CFU/mL.', 'Urine culture: Klebsiella pneumoniae 100,000 CFU/mL.']) {
    assert.equal(found(note).get('urine-culture-positive'), true, note);
  }
  // Lower counts can be significant with symptoms or a catheter: not judged either way.
  assert.equal(found('Urine culture: 20,000 CFU/mL mixed flora.').has('urine-culture-positive'), false);
  assert.equal(found('Urine culture <10,000 CFU/mL.').has('urine-culture-positive'), false);
  // A bound in words is a bound, not an organism's name before the count.
  for (const note of ['Urine culture: less than 100,000 CFU/mL.', 'Urine culture under 10^5 cfu/ml.', 'Urine culture: fewer than 10^5 colonies.', 'Urine culture below 100,000 CFU/mL.']) {
    assert.equal(found(note).has('urine-culture-positive'), false, note);
  }
  assert.equal(found('Urine culture: more than 100,000 CFU/mL.').get('urine-culture-positive'), true);
});
