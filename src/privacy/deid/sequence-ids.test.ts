/**
 * Zero-padded sequence codes without a label (sequence-ids.ts, session 24), and the codes, models, lots and clinical
 * tokens of PHI-free texts that must stay. Every code is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a zero-padded sequence code is an identifier with no label before it', () => {
  assert.ok(has('Screening log: 02DEC | TRK-0381 | F | eligible', 'TRK-0381', 'ID'));
  assert.ok(has('Scr B-027 excluded (declined).', 'B-027', 'ID'));
  assert.ok(has('Seen for the week 8 visit (HALCYON-012-044). BP 124/70.', 'HALCYON-012-044', 'ID'));
  assert.ok(has('participant QL-T-0093 withdrew consent', 'QL-T-0093', 'ID'));
  assert.ok(has('| site 07 | NB07-0218 | 03/12/2026 |', 'NB07-0218', 'ID'));
  assert.ok(has('folder ZRH/25/03318, sickle cell review', 'ZRH/25/03318', 'ID'));
});

test('clinical codes, models, lots, drug codes and numbers without a zero-padded sequence stay', () => {
  const text = 'COVID-19 PCR negative. LOINC 4548-4, SNOMED 44054006, ICD-10 E11.9, co-codamol 5/325, T2N0M0, ' +
    'BRCA1 c.1521_1523del, HbA1c 58, PHQ-9 12, GAD-7 9, SF-36, EQ-5D, HER-2 3+, IL-6 high. Lot: 4417A, batch 22A41, ' +
    'software v2.0.1. Study drug MK-0431 100 mg daily; sitagliptin (MK-0431); investigational compound AZ-0530 given. ' +
    'Catalogue REF-0045, alarm E-001, error code E-014. Ward B-012, bed C-004, ROOM-012, Figure S-012. ' +
    'CE-0123 marked. Obs at HR-0800 and DEC-0124. Times 0800-1400, 1900-0700.';
  assert.deepEqual(found(text).filter((s) => /^(?:ID|MRN|DEVICE|ACCOUNT|LICENSE|HEALTH_PLAN|VEHICLE):/.test(s) && !/4417A|22A41/.test(s)), []);
});
