/** Twentieth pass, places: an address written as a list (address.ts `detectListTowns`) and street lines (place-slots.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';

const places = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));

test('after a found place and its comma, capitalised words that close the clause are its town, with a district number', () => {
  assert.deepEqual(places('Transferred from Hospital Regional San Telmo del Valle, Quellon. Review in 2 weeks.'),
    ['Hospital Regional San Telmo del Valle', 'Quellon']);
  assert.deepEqual(places('Lives at Calle de Arrieta 45, Villaverde. Diabetic.'), ['Calle de Arrieta 45', 'Villaverde']);
  assert.deepEqual(places('Found at Harwick Leisure Centre, Tollbridge 4.'), ['Harwick Leisure Centre', 'Tollbridge 4']);
  assert.deepEqual(places('Lives at Brindle House Care Home, Reading.'), ['Brindle House Care Home', 'Reading']);
});

test('no town after a postcode (its region follows), nor a title, drug, weekday or a clause that goes on', () => {
  assert.ok(!places('Address: PO Box 118, Mthatha 5099, Eastern Cape.').includes('Eastern Cape'));
  assert.ok(!places('Seen at Kessington Hospital, Dr Okafor aware.').some((p) => /Okafor/.test(p)));
  assert.deepEqual(places('Letter from Brookfield Surgery, Ibuprofen advised.'), ['Brookfield Surgery']);
  assert.deepEqual(places('Letter from Brookfield Surgery, Ibuprofen.'), ['Brookfield Surgery']);
  assert.deepEqual(places('Letter from Brookfield Surgery, Friday.'), ['Brookfield Surgery']);
  assert.deepEqual(places('Letter from Brookfield Surgery, Thanks.'), ['Brookfield Surgery']);
});

test('a count and its unit before a street word is an order, not an address line (place-slots.ts ADDRESS_LINE)', () => {
  const text = 'Ordered 2 Units Platelet Bank, Patel aware.';
  assert.deepEqual(places(text), []);
  assert.deepEqual(places('Given 3 Bags Saline Run, Okafor to review.'), []);
  assert.deepEqual(places('Home adapted at 5 Beacon View, Caerwent. Wheelchair ordered.'), ['5 Beacon View', 'Caerwent']);
});

test('an establishment named by the prefix of its kind (prison, military station or base) is a place (organisations.ts)', () => {
  assert.deepEqual(places('Prisoner at HMP Kestonbury, self-harm review.'), ['HMP Kestonbury']);
  assert.deepEqual(places('Aircraftman posted to RAF Wellinghurst. Fit to fly.'), ['RAF Wellinghurst']);
  assert.deepEqual(places('Seen at Camp Monday clinic.'), []);
});
