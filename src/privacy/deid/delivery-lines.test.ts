/**
 * Delivery lines of numbered elements only (delivery-lines.ts, session 29): the UPU shapes of Kuwait, Bahrain,
 * Pakistan, the Philippines, Guyana, Botswana and Bangladesh; what must stay: one element alone, two of the same word,
 * a heart block, a vaccine lot, a section of an act, a dose. Every name, number and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('two or more numbered elements of different words are one delivery line', () => {
  assert.ok(has('Podiatry: Salem Al-Azmi, Block 6, Street 21, House 14, Salwa. Ulcer.', 'Block 6, Street 21, House 14', 'LOCATION'));
  // A number inside read first as a postcode or a date keeps that type when the spans merge (detect.ts' priority).
  assert.ok(has('Prosthetics: Jaffar Ali, CPR 770412338, Flat 31, Building 2207, Road 4410, Isa Town.', 'Flat 31, Building 2207, Road 4410'));
  assert.ok(has('Voucher: Imran Qadir, House 12, Street 4, F-7/3, Islamabad.', 'House 12, Street 4, F-7/3'));
  assert.ok(has('Home visit, Blk 7 Lot 22, Sampaguita Homes.', 'Blk 7 Lot 22', 'LOCATION'));
  assert.ok(has('Clinic card: Rohan Persaud, Lot 41 Section B, Canje.', 'Lot 41 Section B', 'LOCATION'));
  assert.ok(has('Omang 552100443, Plot 2210, Block 3, Mogoditshane.', 'Plot 2210, Block 3', 'LOCATION'));
});

test('one element, repeated words, a block, a lot, an act or a dose stays', () => {
  const places = (t: string): string[] => found(t).filter((p) => p.startsWith('LOCATION'));
  assert.deepEqual(places('ECG: complete heart block 3, Section 2 of the Act applies.'), []);
  assert.deepEqual(places('Detained under Section 3, Section 2 lapsed.'), []);
  assert.deepEqual(places('Fluad Lot 12 given, Block 2 of the course.'), []);
  assert.deepEqual(places('Trial Phase 2, Section 4 of the protocol.'), []);
  assert.deepEqual(places('Ward 7, Bed 12: stable overnight.'), []);
  assert.deepEqual(places('Insulin Unit 4 Block 2 mg given.'), []);
});
