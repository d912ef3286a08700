/**
 * Aircraft registration marks after an aircraft word (aircraft-marks.ts; ICAO Annex 7 nationality and registration
 * marks, 14 CFR 47.15 N-numbers), and the clinical tokens of the same shape that must stay. Every mark is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const vehicles = (text: string): string[] => found(text).filter((s) => s.startsWith('VEHICLE'));

test('a hyphened mark with an ICAO nationality mark after an aircraft word, letters only or digits only', () => {
  assert.ok(has('Weather hold, plane C-FXQZ due at 14:00.', 'C-FXQZ', 'VEHICLE'));
  assert.ok(has('Retrieval by helicopter ZK-HQW to the base hospital.', 'ZK-HQW', 'VEHICLE'));
  assert.ok(has('Evacuated on the mission flight PK-NQR for surgery.', 'PK-NQR', 'VEHICLE'));
});

test('a mark of digits after an aircraft word in Cyrillic script is covered', () => {
  assert.ok(found('Вертолёт RA-25563 доставил пациента.').some((s) => s.endsWith(':RA-25563')));
});

test('unhyphened N-numbers after an aircraft word', () => {
  assert.ok(has('Flown to the trauma centre by plane N512QT at noon.', 'N512QT', 'VEHICLE'));
});

test('without an aircraft word, or with a prefix that is no nationality mark, the shape is no mark', () => {
  assert.deepEqual(vehicles('Fitzpatrick types I-VI; F-75 then F-100 milk; G-CSF given; TJ-41 extract.'), []);
  assert.deepEqual(vehicles('Helicopter transfer declined; NYHA I-IV explained.'), []);
  assert.deepEqual(vehicles('Flight of stairs: QQ-ABC on the form.'), []);
  assert.deepEqual(vehicles('Before the flight, I-131 therapy; jet nebuliser, leads V4-V6.'), []);
});

test('a note written in capitals is left', () => {
  assert.deepEqual(vehicles('PT ARRIVED BY HELICOPTER C-FXQZ AT 1400.'), []);
});
