/**
 * Phone numbers of the seventeenth pass: national numbers with their trunk 0 written in pairs or short groups, as the
 * national plans of continental Europe, Ireland and New Zealand write them (international.ts), and what must stay:
 * doses, lab values, dates, times, ranges, clinical codes and health numbers. Every number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a trunk-0 number in pairs or short groups is a phone number', () => {
  assert.ok(has('If it fails, ring 09 555 0187.', '09 555 0187', 'PHONE'));
  assert.ok(has('Results to the lab (01 555 0231) please.', '01 555 0231', 'PHONE'));
  assert.ok(has("Can't come thursday, rebook pls. 0612 55 48 30", '0612 55 48 30', 'PHONE'));
  assert.ok(has('Appelez le cabinet au 01 23 45 67 89 svp.', '01 23 45 67 89', 'PHONE'));
  assert.ok(has('Tel. 02.555.12.34 (secretariat).', '02.555.12.34', 'PHONE'));
});

test('doses, values, dates, times, ranges, codes and health numbers are not phone numbers', () => {
  const text = 'Dose 0.5 mg at 08 00 and 20 00. K 04.5. Seen 05 12 2024, again 01.02.2024 and 03-04-2025. ' +
    'ICD-10 E11.9, LOINC 2345-7, SNOMED 22298006. NHS 943 476 5919. Range 01-05. Times 08 12 16 20.';
  assert.deepEqual(found(text).filter((s) => s.startsWith('PHONE') || s.startsWith('FAX')), []);
});
