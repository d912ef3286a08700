/**
 * Places of the twenty-seventh session (issue 14): address lines in the UPU formats. The town after a found street when
 * a larger part or a dashed postcode follows it (address.ts `LIST_TOWN_ON`), a house number with a sub-number after a
 * slash (`BUILDING_LINE`), the lot number and the number sign before a street (extend.ts), and street lines of Slovene,
 * Croatian, Azerbaijani and Icelandic (street-lines.ts). What must stay: words after an address that are no town, a
 * lot number of a vaccine. Every name, number and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('the town after a found street when the region or a dashed postcode follows it', () => {
  assert.ok(has('Address: House No. 3, Okai Mensah Lane, Kanteshie, Ashanti. Seen today.', 'Kanteshie', 'LOCATION'));
  assert.ok(has('Adres: ul. Lipowa 12 m. 3, Zgierzyn 95-100; kontrola.', 'Zgierzyn', 'LOCATION'));
  assert.ok(has('Lives at Purok 2, Brgy. Malinao, Tanauen City, Batanes. BP fine.', 'Tanauen City', 'LOCATION'));
  assert.ok(has('Address Lot 7, Plumtree Road, Morvant Bay, St Thomas. BP 150/90.', 'Morvant Bay', 'LOCATION'));
});

test('a lot number, a slashed house number and a number sign belong to the street', () => {
  assert.ok(has('Address Lot 7, Plumtree Road, Morvant Bay, St Thomas. BP 150/90.', 'Lot 7, Plumtree Road', 'LOCATION'));
  assert.ok(found('Clinic book: No. 15/3, Galle Road, Kalutura; DM.').some((p) => p.includes('No. 15/3, Galle Road')));
  assert.ok(has('Lives at #27 Hummingbird Street, Belmopun, with her son.', '#27 Hummingbird Street', 'LOCATION'));
});

test('street lines with the name before ulica, cesta or küçəsi, and Icelandic one-word streets', () => {
  assert.ok(has('Naslov: Gregorčičeva ulica 9, 4000 Kranj.', 'Gregorčičeva ulica 9', 'LOCATION'));
  assert.ok(has('Naslov: Dunajska cesta 118, Ljubljana.', 'Dunajska cesta 118', 'LOCATION'));
  assert.ok(has('ünvan: Gəncəli küçəsi 12, mən. 4; qəbul.', 'Gəncəli küçəsi 12, mən. 4', 'LOCATION'));
  assert.ok(has('Heimili: Skarfavegur 14, Selfoss.', 'Skarfavegur 14', 'LOCATION'));
  assert.ok(has('Heimili: Lindarstígur 3, Selfoss.', 'Lindarstígur 3', 'LOCATION'));
  assert.ok(has('Heimili: Tjarnarstræti 9, Selfoss.', 'Tjarnarstræti 9', 'LOCATION'));
});

test('words after an address that are no town, and a vaccine lot, stay', () => {
  assert.deepEqual(places('Transferred from Calle Mayor 12, Cardiology, Dr Ruiz aware.'), ['LOCATION:Calle Mayor 12']);
  assert.deepEqual(places('Lives at Purok 2, Brgy. Malinao, Diabetic, Hypertensive.'), ['LOCATION:Purok 2', 'LOCATION:Brgy. Malinao']);
  assert.deepEqual(places('Address: House No. 3, Okai Mensah Lane, Discharged, Stable.'), ['LOCATION:House No. 3, Okai Mensah Lane']);
  assert.deepEqual(places('Fluzone Lot 4417, given left deltoid.'), []);
  assert.deepEqual(places('Gave 2 tabs, Paracetamol 1 g, Ibuprofen.'), []);
});
