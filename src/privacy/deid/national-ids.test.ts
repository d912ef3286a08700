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

// Second reader (review-formats, twentieth pass): shapes that are not national numbers, and the printed variants that are.
test('lots, catalogue numbers, amounts and value rows shaped like national numbers stay readable', () => {
  const pieces = (t: string) => found(t).filter((p) => /^(?:SSN|ID):/.test(p));
  assert.deepEqual(pieces('Reagent lot AB123456C expires next year; kit lot KL 55 21 09 B and control lot CT 11 22 33 A used.'), []);
  assert.deepEqual(pieces('Cell line HB 12 34 56 A used for the assay.'), []);
  assert.deepEqual(pieces('Hospital costs were 12.345.678-9 pesos, ward census 1.234.567-8, CLP 3.456.789-0 billed.'), []);
  assert.deepEqual(pieces('Costs 1.500.000-2.000.000 for the stay, platelets 12.345.678-9 in the copied table.'), []);
  assert.deepEqual(pieces('Results: 1 45 06 12 345 678 90 for the panel; leucocytes 1 12 05 10 450 400 /mm3.'), []);
});

test('national numbers as their issuers print them: spaced, dotted, unspaced, bracket after a space, Corsica', () => {
  assert.ok(has('NI number AB 123456 C on the form.', 'AB 123456 C'));
  assert.ok(has('N\u00b0 s\u00e9curit\u00e9 sociale 184077511204427 vu ce jour.', '184077511204427'));
  assert.ok(has('Num\u00e9ro de s\u00e9curit\u00e9 sociale 1.84.07.75.112.044.27 vu ce jour.', '1.84.07.75.112.044.27'));
  assert.ok(has('NIR 2 84 07 2A 112 044 27 vu ce jour.', '2 84 07 2A 112 044 27'));
  assert.ok(has('HKID A123456 (7) copied for the file.', 'A123456 (7)'));
  assert.ok(has('Tax file number 123 456 782 on the form.', '123 456 782'));
  assert.ok(has('RRN 850101 1234567 on the referral.', '850101 1234567'));
  // A bare 13-digit number starting 1 or 2 is as likely a barcode: unspaced, the NIR needs its key.
  assert.deepEqual(found('GTIN 1234567890128 on the box.').filter((p) => p.startsWith('SSN:')), []);
});
