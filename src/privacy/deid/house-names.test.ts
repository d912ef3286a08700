/**
 * The British address line's unnumbered parts (session 28): house names of Royal Mail's PAF building-name element
 * (house-names.ts), numbered thoroughfares named "The …", a street's post-directional (house-numbers.ts), a saint's
 * town after an address part and a post town with lower-case particles before its postcode (address.ts,
 * place-slots.ts); and what must stay. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a house name without a number is a place', () => {
  assert.ok(has('District nurse visited Mrs Orla Penner at The Old Bakehouse, Lower Wendle. Dressing changed.', 'The Old Bakehouse', 'LOCATION'));
  assert.ok(has('Handover: room 2, The Hollies. Hearing aid in.', 'The Hollies', 'LOCATION'));
  assert.ok(has('Home visit to Quince Tree Cottage, Ashlow. Wound clean.', 'Quince Tree Cottage', 'LOCATION'));
  assert.ok(has('Please visit Mr Darrow at Stonyfield Farm after 3.', 'Stonyfield Farm', 'LOCATION'));
  // A verb opening the sentence is no part of the name.
  assert.ok(has('Visited Bramble Cottage today; wound clean.', 'Bramble Cottage', 'LOCATION'));
});

test('a numbered "The" thoroughfare, a post-directional and the town after an address part', () => {
  assert.ok(has('She lives at 12 The Crescent, Harwick.', '12 The Crescent', 'LOCATION'));
  assert.ok(has('He lives at 4 The Gables, Wendover.', '4 The Gables', 'LOCATION'));
  assert.ok(found('Lives at 1420 Alder St NW, Brenton, DC 20005.').some((p) => p.startsWith('LOCATION:1420 Alder St NW')));
  assert.ok(has('Lives at 48 Quarry Road South, Lindfield SK1 3UA.', '48 Quarry Road South', 'LOCATION'));
  assert.ok(has('Seen at The Old Forge, Pendrin Lane, St Wenna, TR9 6PU; dressing changed.', 'St Wenna', 'LOCATION'));
  assert.ok(has('Visited at 3 Mill Lane, Lowton-on-the-Marsh GL54 2DA. Pressure ulcer.', 'Lowton-on-the-Marsh', 'LOCATION'));
  assert.ok(has('Visited at 3 Mill Lane, Ashby-de-la-Wold LE65 1AA.', 'Ashby-de-la-Wold', 'LOCATION'));
});

test('clinical words, dishes and a hospital stay as they were', () => {
  assert.deepEqual(found('ECG: ST depression in V4-V6, St John Ambulance attended.').filter((p) => p.startsWith('LOCATION')), []);
  assert.deepEqual(found('Cottage pie and peas tolerated at lunch.'), []);
  assert.deepEqual(found('Diagnosis: Old World leishmaniasis, treated.'), []);
  assert.deepEqual(found('Gave 2 The patient tablets.').filter((p) => p.startsWith('LOCATION')), []);
  // The directional must close the street's part of the line.
  assert.ok(has('Walked from 14 Oak Road North towards the park.', '14 Oak Road', 'LOCATION'));
});
