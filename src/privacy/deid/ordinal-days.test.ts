/**
 * "The Nth" is a day of a month only where English puts a date (patterns.ts `ordinalDayInPlace`, fifteenth pass): after a
 * time preposition, a copula, a weekday or a month, or before "of" and a month. Every sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an ordinal day after a time word, a copula, a weekday or a month, or before "of" a month, is a date', () => {
  assert.ok(has('Review booked on the 14th.', 'the 14th', 'DATE'));
  // Sixteenth pass: in mixed-case text the article joins the span (letters' gold); all-capital text leaves it out.
  assert.ok(has("Oriented: knows it's the 11th.", 'the 11th', 'DATE'));
  assert.ok(has('Seen from the 3rd to the 7th of June.', 'the 3rd', 'DATE'));
  assert.ok(has('PT STARTED SINCE THE 2ND.', '2ND', 'DATE'));
});

test('an ordinal that refers back to a thing is no date', () => {
  assert.deepEqual(found('TWO DRAINS PLACED. PROBLEMS WITH THE 1ST. THE 2ND THEN FELL OUT.'), []);
  assert.deepEqual(found('Two attempts at the IV; the 3rd worked.'), []);
});

test('a fraction-shaped m/d right after a study or a procedure is its date; a count of bottles or a share of a meal stays', () => {
  assert.ok(has('CXR 3/4 showed a new infiltrate.', '3/4', 'DATE'));
  assert.ok(has('Echo 1/3: EF 25%.', '1/3', 'DATE'));
  assert.ok(has('CT head 2/3 negative for bleed.', '2/3', 'DATE'));
  assert.ok(has('Intubated 1/4 for respiratory failure.', '1/4', 'DATE'));
  assert.deepEqual(found('Blood cultures 2/3 positive. Taking 3/4 of meals. CXR: 1/2 way up. Strength 3/4 bilat.'), []);
});

test('an unpadded month-day with a dash after a date word is a date when the day is past 12; ranges and doses stay', () => {
  assert.ok(has('Lasix drip started on 11-28.', '11-28', 'DATE'));
  assert.ok(has('NO BM SINCE 3-15.', '3-15', 'DATE'));
  assert.deepEqual(found('Pt on 2-4 L NC. On 10-20 mcg of levophed. Started pt on 6.25 captopril.'), []);
});
