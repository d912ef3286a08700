/**
 * Country subdivisions below the town (subdivisions.ts, deid-places3's S1 resubmitted in session 22 on the letters18
 * gate): a unit word in the name, a class noun before it, a lower-case unit word after it. What must stay: state-level
 * units, clinical words and common English words after a unit word. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('subdivisions named by their unit word, a class noun before or a unit word after', () => {
  assert.ok(has('Lives at Purok 3, near the chapel.', 'Purok 3', 'LOCATION'));
  assert.ok(has('Address: Kebele 07, house without number.', 'Kebele 07', 'LOCATION'));
  assert.ok(has('Family moved from Brgy. Dagatan last year.', 'Brgy. Dagatan', 'LOCATION'));
  assert.ok(has('Home is RT 04/RW 07, with her son.', 'RT 04/RW 07', 'LOCATION'));
  assert.ok(has('Farmer from taluka Maval, seen today.', 'Maval', 'LOCATION'));
  assert.ok(has('Herder from Tsagaanbulag sum, seen today.', 'Tsagaanbulag sum', 'LOCATION'));
});

test('state-level units, clinical and common words after a unit word stay', () => {
  assert.deepEqual(places('Referred from the province for dialysis.'), []);
  assert.deepEqual(places('Village Pharmacy dispensed the tablets.'), []);
  assert.deepEqual(places('The village Hospital was closed.'), []);
  assert.deepEqual(places('Kebele Diabetes clinic review in two weeks.'), []);
  assert.deepEqual(places('Total sum of scores 14.'), []);
});

test('a muscle-strength sum score is no district', () => {
  const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));
  assert.deepEqual(places('Weakness improving: MRC sum score 48/60, grip 22 kg.'), []);
  assert.deepEqual(places('Medical Research Council sum score 52 today.'), []);
});
