/**
 * Second reader of the seventeenth session's de-identification rules (review-deid): PHI-free clinical sentences written
 * against each new rule (scale veto, capitals before a number, titles, particles, initials, hyphenated surnames, letter
 * prefixes, dashed codes, spaced plan numbers, device serials, lots and units, institution heads, clause-final places,
 * masked SSN). The first three tests failed on the start tree (bc55a11) and pass with the general guards of this review;
 * the rest pin what already stayed clean. The PHI counter-cases keep each guarded rule alive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const found = (text: string): string[] => detectPhi(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

test('a clerical or other language\'s title opens a name only before a capitalised word', () => {
  assert.deepEqual(found('Rev count normal.'), []);
  assert.deepEqual(found('Sr count normal.'), []);
  assert.deepEqual(found('Mme stable.'), []);
  assert.deepEqual(found('Rev in 2/52 with bloods.'), []);
  assert.deepEqual(found('Herr Vandekamp visited.'), ['NAME:Herr Vandekamp']);
  assert.ok(found('Rev. Smith visited.').includes('NAME:Smith'));
});

test('a lab or vital sign\'s values after "plan" or "card" are no plan number: a plan number has seven digits or more', () => {
  for (const t of ['Plan: recheck BP 145 150 next week.', 'Care plan: HR 110 120 overnight.', 'Plan PT 100 200 mg.',
    'Card: ECG 120 140 done.', 'Member of staff QRS 120 140 ms.', 'Plan: ALT 120 150 rising.', 'Patient card HB 120 130 recorded.']) {
    assert.deepEqual(found(t), [], t);
  }
  assert.deepEqual(found('Refill: RAMQ DESM 5804 1127, today.').filter((s) => s.startsWith('HEALTH_PLAN')), ['HEALTH_PLAN:DESM 5804 1127']);
});

test('one English word after near/from is a place only where a person or a vehicle goes, comes or lives', () => {
  for (const t of ['Pain worse near Bedtime.', 'Improved from Baseline.', 'Pain radiates from Groin.', 'Worse near Midnight.',
    'Stepped down from Level.', 'Weaned from Oxygen.']) {
    assert.deepEqual(found(t), [], t);
  }
  assert.deepEqual(found('Rollover near Porcupine.'), ['LOCATION:Porcupine']);
  assert.deepEqual(found('Back from Reading.'), ['LOCATION:Reading']);
  assert.ok(found('Rollover on BIA Road 27 near Porcupine.').includes('LOCATION:Porcupine'));
});

test('lab panels, scores, genes, codes, doses and units of blood stay as they are', () => {
  for (const t of ['Na 138 K 4.1 Cl 102 HCO3 24 Urea 6.2 Creat 88.', 'GCS 15, NYHA II, BI-RADS 4, CURB-65 score 2, Wells score 4.',
    'BRCA1 c.68_69del detected; CFTR F508del homozygous.', 'Lot 5 of insulin glargine used; Unit 3 of blood transfused.',
    'ICD-10 I21.4, SNOMED 22298006, LOINC 2345-7 recorded.', 'Bed 12, Ward 7B, bay 3. Apt. scheduled for review.',
    'APACHE 12, SOFA 4 today, was 6; NEWS 5.', 'Clinical Frailty Scale 5; Rockwood Frailty Index 0.3.',
    'Wells DVT-2-1-0 criteria; HAS-BLED 3; CHA2DS2-VASc 4.', 'Pacemaker DDDR mode, CGM sensor G7 changed.',
    'Dose: Amoxicillin 500 mg TDS; Co-Amoxiclav 625 mg; Co-Codamol 30/500.', 'HLA-B 5701 negative; HLA-DQ 2 8 negative.',
    'Culture: S. Aureus 10^5; E. Coli sensitive.', 'Cardiac: Austin Flint murmur heard; Kussmaul breathing; Graham-Steell murmur.',
    'van Gogh syndrome? de Quervain tenosynovitis confirmed; de Musset sign absent.', 'Transferred from Intensive Care.',
    'Patient stable. Paracetamoll given for pain.', 'Pacemaker DDD 60-130 set.', 'Pump: 2U/hr; Sensor: 5.5 mmol.']) {
    assert.deepEqual(found(t), [], t);
  }
});
