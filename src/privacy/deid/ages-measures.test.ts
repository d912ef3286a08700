/**
 * Numbers that are no age or date (session 23, the lead, from review-deid5's "seen and left"): a vital sign's or a ward
 * place's value before another language's years word, a span of years in the past, a years word taken for a name after
 * an age, and a month-first day with a dose unit after it. What must still be taken: the ages and dates beside them.
 * Every name and number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a vital sign or a ward place before a years word is no age', () => {
  for (const t of ['SpO2 95 lat', 'Sat 95 ans', 'Score 95 anni', 'Bed 92 lata', 'Room 91 ani', 'HR 96 J.']) assert.deepEqual(found(t).filter((p) => p.startsWith('AGE:')), [], t);
  assert.ok(has('Pani Wiesława Kurpiel, 95 lat, z domu', '95', 'AGE'));
  assert.ok(has('Bewohnerin, 93-jährige, sturzgefährdet', '93', 'AGE'));
});

test('years in the past are no age, an age in years still is', () => {
  assert.deepEqual(found('His grandfather emigrated 92 years ago.').filter((p) => p.startsWith('AGE:')), []);
  assert.deepEqual(found('The practice opened 95 years earlier.').filter((p) => p.startsWith('AGE:')), []);
  assert.ok(has('She is 93 years old and lives alone.', '93', 'AGE'));
  assert.ok(has('Seen today, 91 yrs, frail.', '91', 'AGE'));
});

test('a years word after an age is no name', () => {
  assert.deepEqual(found('Frau Irmtraud Seebacher, 95 Jahre, wohnt allein').filter((p) => p.includes('Jahre')), []);
  assert.ok(has('Frau Irmtraud Seebacher, 95 Jahre, wohnt allein', '95', 'AGE'));
});

test('a month-first day before a dose unit is no date, a date still is', () => {
  assert.deepEqual(found('Dexamethasone: Dec 8 mg to 4 mg').filter((p) => p.startsWith('DATE:')), []);
  assert.ok(has('Reviewed on Dec 8 2025 in clinic.', 'Dec 8 2025', 'DATE'));
  assert.ok(has('Next dose due Mar 5, then stop.', 'Mar 5', 'DATE'));
});

// Second reading (review-deid6): an age at an event ("at 91 years after a fall") and a month-first day with its year
// before a unit are still an age and a date; a French age beside a vital sign is still an age.
test('an age before "after" or "before" and a dated day before a unit are still taken', () => {
  assert.ok(has('She presented at 91 years after a fall at home.', '91', 'AGE'));
  assert.ok(has('Reviewed Dec 8 2025 mg dose changed.', 'Dec 8 2025', 'DATE'));
  assert.ok(has('Mme Arnaud, 95 ans, SpO2 95 %.', '95', 'AGE'));
  assert.ok(has('Patiente de 95 ans, Sat 92 % sous air.', '95', 'AGE'));
  assert.deepEqual(found('Mme Arnaud, 95 ans, SpO2 95 %.').filter((p) => p.startsWith('AGE:')).length, 1);
});

test('a years word that is also a given name, after a bed number, is still a name', () => {
  assert.ok(has('Handover: bed 12 Anni settled, bed 14 stable.', 'Anni', 'NAME'));
  assert.deepEqual(found('Frau Irmtraud Seebacher, 95 Jahre, wohnt allein').filter((p) => p.includes('Jahre')), []);
});
