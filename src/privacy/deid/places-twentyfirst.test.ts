/** Twenty-first pass, places: building lines of the British and Commonwealth address (address.ts `detectBuildingLines`). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';

const places = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));

test('a sub-building and its number, then a building name and head, are one place; so is a numbered row of cottages', () => {
  assert.ok(places('Parcel left at Flat 9, Brennick Mansions, Harlow. Signed.').includes('Flat 9, Brennick Mansions'));
  assert.ok(places('Visit 09:10 Tomasz Wrobel, Flat 14, Ardley House - dressing changed.').includes('Flat 14, Ardley House'));
  assert.ok(places('Samples to Level 3, Calloway Wing. Results by e-mail.').includes('Level 3, Calloway Wing'));
  assert.ok(places('Employer: Fenwick Haulage, Unit 7, Quarry Yard, Dunholme.').includes('Unit 7, Quarry Yard'));
  assert.deepEqual(places('Seen at home, 3 Kiln Cottages - leg ulcer reviewed.'), ['3 Kiln Cottages']);
});

test('no building line from a generic or clinical name, a ward unit, or a count of units', () => {
  assert.deepEqual(places('Moved to Floor 3 Main Block for the night.'), []);
  assert.deepEqual(places('Transferred to Room 4 General Wing at 10:00.'), []);
  assert.deepEqual(places('Ordered 2 Units Platelet Bank, Patel aware.'), []);
  assert.deepEqual(places('Lives at 88 Maple Ave, Unit 3, Toronto.').filter((p) => /Toronto/.test(p) && /Unit/.test(p)), []);
});

test('a hospital part named by its use, or a count of things, is no building line; a proper name before the head still is', () => {
  for (const t of ['Transferred to Floor 2 Maternity Wing at noon.', 'Seen on Level 4 Oncology Wing today.', 'Talk in Level 2 Education Hall.',
    'Forms to Floor 1 Admin Block.', 'Specimen to Level 2 Pathology Block.', "Moved to Level 2 Children's Wing.", 'Unit 2 Laundry Block closed.',
    'Used 2 Valved Holding Chambers.', '3 Drip Towers moved to bay.', '2 Staff Flats on site.', 'Lives in one of 4 Storey Buildings.',
    'Unit 4 Critical Care Wing, Level 3 Trauma Centre, Bay 2 Recovery Suite, Room 12 Imaging Block, Bed 4 Side Rooms.',
    'Given 3 Units Packed Cells; sent 2 Bottles Culture Sets.']) {
    assert.deepEqual(places(t).filter((p) => /\d/.test(p)), [], t);
  }
  assert.ok(places('Samples to Level 3, Calloway Wing.').includes('Level 3, Calloway Wing'));
  assert.ok(places('Clinic at Floor 2 Brennick Block.').includes('Floor 2 Brennick Block'));
  assert.deepEqual(places('Seen at home, 3 Kiln Cottages - leg ulcer reviewed.'), ['3 Kiln Cottages']);
});
