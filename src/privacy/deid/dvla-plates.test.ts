/**
 * UK plates of the current DVLA format without a vehicle word (plates.ts `detectDvlaPlates`, session 23), and the
 * letters-digits tokens of clinical and PHI-free texts that must stay. Every plate is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a DVLA plate is taken with no vehicle word before it', () => {
  assert.ok(has('Run sheet: RRV BK62 XTW, job 12. Fall at home.', 'BK62 XTW', 'VEHICLE'));
  assert.ok(has('Mr Dorran was the driver of SY05 LMA, rear-ended at the lights.', 'SY05 LMA', 'VEHICLE'));
  assert.ok(has('Escort to the maternity unit by HN71 ZKE. Officer on scene.', 'HN71 ZKE', 'VEHICLE'));
  assert.ok(has('We have RV23 OPB on file for the blue badge bay.', 'RV23 OPB', 'VEHICLE'));
});

test('shapes outside the DVLA format, clinical codes and capitals words stay', () => {
  const text = 'Flow: CD20 POS, CD19 NEG, CD34 POS. Plan ST20 AND review. Stage T2N0M0, BRCA1 c.1521_1523del, ' +
    'HbA1c 58, COVID-19 PCR neg, LOINC 4548-4, SNOMED 44054006, ICD-10 E11.9, co-codamol 30/500, HER2 3+, ' +
    'She was put on a MS04 PCA, then FS04 PO. FEV1 2.1 L, PHQ-9 12, GAD-7 9, ECOG 1, NYHA II, Dexcom G7, Libre 2, MK-3475 trial drug. ' +
    'Age identifier out of range: AB40 CDE, AB99 CDE; region letter I or Z: IX12 ABC, ZA12 ABC; no space: AB12CDE.';
  assert.deepEqual(found(text).filter((s) => s.startsWith('VEHICLE')), []);
});

test('notes all in capitals stay', () => {
  assert.deepEqual(found('PT DRIVER OF AB12 CDE, NO INJURY. GCS 15.').filter((s) => s.startsWith('VEHICLE')), []);
});

// Review (session 23, review-deid7; the lead): a vital sign run into its value, then its unit or a word of rhythm.
test('a vital sign run into its value is no plate', () => {
  for (const t of ['Obs: RR18 BPM, sats 96% on air', 'pulse PR72 REG, BP 118/76', 'RR22 NOW settling']) assert.deepEqual(found(t).filter((p) => p.startsWith('VEHICLE:')), [], t);
  assert.ok(has('Crew reported the car, KX73 FHB, left at the scene.', 'KX73 FHB', 'VEHICLE'));
});
