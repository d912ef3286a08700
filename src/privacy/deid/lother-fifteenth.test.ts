/**
 * Ages over 89, national and laboratory identifiers, foreign month names and laboratory consumables' lots in the
 * wordings of the fifteenth pass (deid-lother: identifiers.ts, letters.ts), each with what must stay. Every sentence is
 * invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an age followed by "on" and a date is still an age; "on" and a support stays a measurement', () => {
  assert.ok(has('Her aunt Oonagh Fairweather turned 102 on Friday and is frail.', '102', 'AGE'));
  assert.ok(has('Winifred Castleby was 96 on the 3rd of May and fell.', '96', 'AGE'));
  assert.ok(has('He turned 93 on 4 March.', '93', 'AGE'));
  assert.ok(!has('She was 94 on room air this morning.', '94', 'AGE'));
  assert.ok(!has('Sats turned 92 on 2 L via nasal cannula.', '92', 'AGE'));
});

test('a person named in full with the age: unlisted names, names in any alphabet, relatives, brackets, spelled', () => {
  assert.ok(has('Obiageli Nwachukwu is 101 according to her family.', '101', 'AGE'));
  assert.ok(has('his nan Morag Buchanan is 93 and lives alone.', '93', 'AGE'));
  assert.ok(has('Seen with her father (Bartholomäus Øverland, 97) today.', '97', 'AGE'));
  assert.ok(has('Tevita Fonoti, ninety-four, lives with his daughter.', 'ninety-four', 'AGE'));
  // Capitalised measurements and words are no names.
  assert.deepEqual(found('Heart Rate is 95 and regular. Oxygen Saturation was 92 on room air.'), []);
  assert.deepEqual(found('Blood Pressure, ninety, was low.').filter((s) => s.startsWith('AGE:')), []);
  assert.deepEqual(found('(Furosemide, 100) given.').filter((s) => s.startsWith('AGE:')), []);
});

test('national identity numbers and laboratory codes after their labels', () => {
  assert.ok(has('Donor: Lucas Pereira; CPF 512.334.871-09.', '512.334.871-09', 'ID'));
  assert.ok(has('Paciente Ana Rojas, RUT 15.882.431-7, control.', '15.882.431-7', 'ID'));
  assert.ok(has('Patient Siti Aminah IC 790514-10-6612 seen today.', '790514-10-6612', 'ID'));
  assert.ok(has('Spec B24-338120 received 09:10.', 'B24-338120', 'ID'));
  assert.ok(has('Wristband reprinted, barcode AB 1234 5678 2 scanned.', 'AB 1234 5678 2', 'ID'));
  assert.ok(has('Portal link sent, access code 448 210 by SMS.', '448 210', 'ID'));
  // A weak label without "no", "#" or a colon keeps short numbers: runs, drains, specimens described.
  assert.deepEqual(found('Spec: serum. IC drain removed. Run 3 of 5. The spec is clear. Spec 2 of 3 sent.'), []);
});

test('day, month name and year in Malay, Indonesian and Portuguese', () => {
  assert.ok(has('Diperiksa 12 Mac 2025 di klinik.', '12 Mac 2025', 'DATE'));
  assert.ok(has('Seen 3 Ogos 2024 and again 7 Disember 2024.', '3 Ogos 2024', 'DATE'));
  assert.ok(has('Kontrol 21 Agustus 2023.', '21 Agustus 2023', 'DATE'));
  assert.ok(has('Consulta em 5 de março de 2024.', '5 de março de 2024', 'DATE'));
});

test("a laboratory consumable's lot identifies no patient; an implant's serial still does", () => {
  assert.deepEqual(found('Lot 774210 reagent lot, calibrated.'), []);
  assert.deepEqual(found('Batch 55812 kit expired.'), []);
  assert.deepEqual(found('Reagent batch: 2201-AB44 used; calibrator lot 99120 in date.'), []);
  assert.ok(has('Pacemaker serial 99812231 checked.', '99812231', 'DEVICE'));
});

test('a four-digit postcode after the town that follows a numbered street or box', () => {
  assert.ok(has('Lives at 9 Tui Street, Hamilton 3204.', '3204', 'ZIP'));
  assert.ok(has('PO Box 412, Umtata 5100, Eastern Cape.', '5100', 'ZIP'));
  // No numbered street before, or a unit after: a year or a dose stays what it is.
  assert.ok(!has('Clinic, Leeds 2019 audit.', '2019', 'ZIP'));
  assert.ok(!has('Seen at 4 Main Street, Dose 1000 mg.', '1000', 'ZIP'));
});

test('a licence plate after an ambulance or a taxi, and in three groups ending a phrase', () => {
  assert.ok(has('Ambulance BT19 XRM brought him in.', 'BT19 XRM', 'VEHICLE'));
  assert.ok(has('Truck 1500, plate NM 7QK 204, rolled.', 'NM 7QK 204', 'VEHICLE'));
  assert.deepEqual(found('Taxi 2 of 3 arrived. The ambulance 45 min late.'), []);
});

test('an Australian landline written 0X XXXX XXXX, after any label', () => {
  assert.ok(has('Renal unit ph 02 9515 6111 | email', '02 9515 6111', 'PHONE'));
  assert.deepEqual(found('pH 7.35, pCO2 40, HCO3 22, Hb 102 g/L.'), []);
});
