/**
 * Postcodes of the nineteenth pass (identifiers.ts EU_TOWN, address.ts TOWN_POSTCODE): the dashed and spaced national
 * shapes of Portugal (4050-265), Brazil (01310-100), Poland (00-238) and Sweden / Czechia / Slovakia / Greece (114 55)
 * before the town after a numbered street, and the dashed codes after the town; what must stay: doses, lab values,
 * times, ranges, codes, gene variants, scores and versions after a street or a town. Every address is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a dashed or spaced postcode before the town, after a numbered street', () => {
  assert.ok(has('Morada: Rua Augusta 20, 1100-048 Lisboa.', '1100-048', 'ZIP'));
  assert.ok(has('Adres: ul. Długa 5, 00-238 Warszawa.', '00-238', 'ZIP'));
  assert.ok(has('Bor på Storgatan 3, 114 55 Stockholm.', '114 55', 'ZIP'));
  assert.ok(has('Endereço: Rua Bela 40, 01310-100 São Paulo.', '01310-100', 'ZIP'));
});

test('a dashed postcode after the town that follows a numbered street', () => {
  assert.ok(has('She lives at Rua das Flores 118, Porto 4050-265 now.', '4050-265', 'ZIP'));
});

test('ranges, values, times, codes and versions after a street or a town are no postcodes', () => {
  const text = 'Seen at Rua Augusta 20, 10-12 Lisboa visits weekly. Hauptstrasse 12, 120-140 Schläge. ' +
    'Rua das Flores 118, Porto 2020-2024 stays. Via Roma 3, 140-160 mmHg. Rua Nova 7, ICD-10 J18.9, LOINC 2345-7, ' +
    'BRCA1 c.68-69del, PHQ-9 14, version 1.2.3, 08:00-10:00, paracetamol 500-1000 mg.';
  for (const piece of ['10-12', '120-140', '2020-2024', '140-160', '2345-7', '68-69', '500-1000', '08:00-10:00']) {
    assert.ok(!has(text, piece, 'ZIP'), piece);
  }
  assert.deepEqual(found(text).filter((p) => p.startsWith('ZIP:')), []);
});
