/**
 * Identifiers of the eighteenth pass: health-card and insurance numbers after other countries' labels (international.ts
 * CARD_WORDS) and six-digit specimen numbers behind a capitals prefix (patterns.ts yearSerial); what must stay:
 * doses, lab values, times, ranges, codes, gene variants and scores; and numbers in spaced digit groups after a label in
 * capitals (patterns.ts ACRONYM_GROUPS) beside rows of clock times and values. Every number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a health card or insurance number after another country\'s label', () => {
  assert.ok(has('Paciente com cartão SUS 898 0041 2273 1106, de Caruaru.', '898 0041 2273 1106', 'HEALTH_PLAN'));
  assert.ok(has('Tarjeta sanitaria BBBB 1234 5678 90, centro de salud.', 'BBBB 1234 5678 90', 'HEALTH_PLAN'));
  assert.ok(has('Versichertennummer A123456789, AOK.', 'A123456789', 'HEALTH_PLAN'));
  assert.ok(has('Polisnummer 123456789 bij de verzekeraar.', '123456789', 'HEALTH_PLAN'));
});

test('a specimen number of six digits behind a capitals prefix', () => {
  assert.ok(has('Bone marrow trephine BM-26-0771, hypocellular.', 'BM-26-0771', 'ID'));
  assert.ok(has('Histology HX-25-3318 reported.', 'HX-25-3318', 'ID'));
});

test('a number in spaced digit groups after a label in capitals', () => {
  assert.ok(has('Referral UBRN 0001 2345 6789 booked via e-RS.', '0001 2345 6789', 'ID'));
  assert.ok(has('Registered under KVR 4417 2231 9087 in the register.', '4417 2231 9087', 'ID'));
});

test('rows of clock times, vital-sign values and counts after a capitals label are no identifiers', () => {
  const text = 'FS 1200 1600 2000 2400 checked. BP 1200 130 140 150 trend. HR 110 120 130 140. PLT 150 160 1700 180. ' +
    'PEFR 350 400 450 in clinic. ICD 10 2019 codes. LOINC 2345 7 and SNOMED 2229 8006.';
  assert.deepEqual(found(text).filter((s) => /^(?:ID|HEALTH_PLAN|MRN|ACCOUNT):/.test(s)), []);
});

test('values after those labels, ranges with a prefix, codes, gene variants and scores are no identifiers', () => {
  const text = 'CNS lymphoma, CNS 4 mg dexamethasone. SUS 12 mg. Carte 5.2 mmol/L. HR-110-133, BP-100-140, RR-12-20. ' +
    'CA-19-9 120, IL-6 35, HER-2 3+, COVID-19, ICD-10-CM E11.9, LOINC 2345-7, SNOMED 22298006, BRCA-1 c.68_69del, ' +
    'PHQ-9 12, GAD-7 8, at 14:30, range 10-20.';
  assert.deepEqual(found(text).filter((s) => /^(?:ID|HEALTH_PLAN|MRN|ACCOUNT):/.test(s)), []);
});
