/**
 * National identity numbers in their published layouts (national-ids.ts, twentieth pass): UK National Insurance, Chile
 * RUT, France NIR, Hong Kong identity card, Korea resident registration, Australia TFN; and what must stay: vital signs
 * in a row, lab values, doses with thousands dots, codes, gene variants, scale scores, ranges and versions. Every number
 * is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('national identity numbers by their layout, with or without a label', () => {
  assert.ok(has('Occupational health: NI number JT 40 19 82 C, forklift driver.', 'JT 40 19 82 C'));
  assert.ok(has('Form sent with her insurance number AB123456D attached.', 'AB123456D'));
  assert.ok(has('Paciente Ana Soto, RUT 4.337.912-K, control en marzo.', '4.337.912-K'));
  assert.ok(has('Assuré n° 1 84 07 75 112 044 27, vu ce jour.', '1 84 07 75 112 044 27'));
  assert.ok(has('Identity card A123456(7) copied for the file.', 'A123456(7)'));
  assert.ok(has('Resident number 850101-1234567 on the referral.', '850101-1234567'));
  assert.ok(found('Employer form: TFN 123 456 782, return to payroll.').some((p) => p.endsWith('123 456 782')));
});

test('values, codes and scores shaped like identity numbers stay readable', () => {
  const text = 'Obs HR 88 90 92 A, BP 12 10 80. Na 140, K 4.1, PHQ-9 14, GAD-7 9, ICD-10 J18.9, LOINC 2345-7, ' +
    'BRCA1 c.68_69del, vitamina D 1.250.000-2 UI, 08:00-10:00, version 1.2.3, CA 19-9 37, range 120-140, ' +
    'platelets 1 250 000, counts 12 34 56 78 daily.';
  assert.deepEqual(found(text).filter((p) => /^(?:SSN|ID):/.test(p)), []);
  assert.deepEqual(found('HR 88 90 92 A. BP 120/80. ALERT AND ORIENTED. JT 40 19 82 C NOTED ON FORM IN CAPITALS ONLY.').filter((p) => p.startsWith('SSN:')), []);
});
