/**
 * A maker's name before its model code is a product, no one (issue 14, twenty-fourth session, deid-clean5:
 * context-vetoes.ts `MODEL_AFTER`): "Dexcom G7", "McKinley T34", "Fresenius 5008S". And the people and places in the same
 * shape that must still be taken: a given name, a title, a kin word, a person's verb after the code, a town before its
 * postcode, a clinical abbreviation after a surname.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

/** The texts of the spans found in `text`. */
const found = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));
const taken = (text: string, word: string): boolean => found(text).some((s) => s.includes(word));

test('a maker before its model code stays in a note that names someone', () => {
  const note = 'Diabetes review for Ikenna Obiora, 14 Jan 2026. Pump Tandem t:slim X2, CGM Dexcom G7, glucose meter in clinic. ' +
    'Palliative plan: syringe driver Qorvane T34 over 24 h. Home dialysis on a Fresenius 5008S, reviewed monthly.';
  assert.ok(taken(note, 'Ikenna Obiora'), 'the patient is still taken');
  for (const maker of ['Dexcom', 'Qorvane', 'Fresenius']) assert.equal(taken(note, maker), false, maker);
  const brands = 'Device list for the clinic, Sat 5 Dec 2026: Tevrano MiniMed 780G, Dexcom G7; Zoll X2.';
  for (const maker of ['Tevrano', 'Dexcom', 'Zoll']) assert.equal(taken(brands, maker), false, maker);
});

test('a person or a town in the same shape is still taken', () => {
  // A person's verb after the code: a bed or a grade.
  assert.ok(taken('Ward round, 3 Dec 2026: Okafor B4 called back about results.', 'Okafor'));
  assert.ok(taken('Seen 3 Dec 2026; Nwachukwu B4 rang about the results.', 'Nwachukwu'));
  // A title, a given name, a kin word.
  assert.ok(taken('Mrs Kowalczyk T34 pump checked on 3 Dec 2026.', 'Kowalczyk'));
  assert.ok(taken('Kezzie Brocklebank 19F, pregnant, seen 3 Dec 2026.', 'Brocklebank'));
  assert.ok(taken('Seen with her son Ozoemena G7 class, 3 Dec 2026.', 'Ozoemena'));
  // A clinical abbreviation after a surname is no model code.
  assert.ok(taken('Seen Okafor T2DM and HTN, 3 Dec 2026.', 'Okafor'));
  assert.ok(taken('Seen Okafor CKD3, 3 Dec 2026.', 'Okafor'));
  // A town before its postcode: a second group, a word of place in the clause, Argentina's letter and four digits.
  assert.ok(taken('Valentin Sosa, 22, from Barrio Alberdi, Cordoba X5003. Seen 3 Dec 2026.', 'Cordoba'));
  assert.ok(taken('Amara Osei lives at 4 Kiln Row, Tobermory G7, since 2019.', 'Tobermory'));
});
