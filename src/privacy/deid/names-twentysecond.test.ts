/**
 * Person names of the twenty-second session (issue 14, deid-names4): a name in an identification slot before its age
 * and sex (age-slots.ts), and the products, counts and clinical words of the same shape that must stay. Sentences
 * invented here, copied from no data set; the first test fails on the session's start tree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a name opening a field before its age and sex is a name, in any letter case', () => {
  assert.deepEqual(names('Renal clinic: Oluwadamilare 31M, CKD 3b, review in 6 weeks.'), ['Oluwadamilare']);
  assert.deepEqual(names('Transfer sheet: pt nyokabi wambuiru F 52, from the ward, stable.'), ['nyokabi wambuiru']);
  assert.deepEqual(names('VASILESCU Teodorina 67F - cellulitis of the left leg, on flucloxacillin.'), ['VASILESCU Teodorina']);
  assert.deepEqual(names('Cataract list, 2 Dec - Eleftheria Papadakou-Hill, 88, R phaco, home same day.'), ['Eleftheria Papadakou-Hill']);
});

test('products, counts, clinical words and English compounds in the same slot stay', () => {
  assert.deepEqual(names('Contraception: Nexplanon 3y, due out in March. Hearing aid: Phonak 2y old.'), []);
  assert.deepEqual(names('Triage: Female 45, chest pain. Patient: male, 67, fall at home. Bed 4: 24F post-op.'), []);
  assert.deepEqual(names('Dx - Bronchiolitis 3y. PMH: Asthma, 12, well controlled. Clinic - Follow-up 45M.'), []);
  assert.deepEqual(names('Hx: Lap Chole 3y ago. Scan - Dexa Hip 2y. pt gcs 15, alert. pt afebrile 36, stable.'), []);
});
