/** Nineteenth pass, places: a found place takes the capitalised words that close its clause (extend.ts, `properRun`). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';

const places = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));

test('the capitalised words after a found place, up to the clause end or a lower-case word, are its name', () => {
  assert.deepEqual(places('Swedish tourist staying at Harbour Lights Hostel, fall from scooter.'), ['Harbour Lights Hostel']);
  assert.deepEqual(places('He was seen at Marlstone Police Station with AMHP.'), ['Marlstone Police Station']);
  assert.deepEqual(places('Cardiac arrest at Brambleside Golf Club, bystander CPR.'), ['Brambleside Golf Club']);
});

test('generic words alone, a weekday, a title or a sentence opener after the place leave it as found', () => {
  assert.deepEqual(places('Plan is for pt. to go to Baltimore Rehab for 11am today.'), ['Baltimore']);
  assert.deepEqual(places('She lives in Leeds Monday next week.'), ['Leeds']);
  assert.ok(!places('Transferred from Leeds Dr Patel aware.').some((p) => /Dr|Patel/.test(p)));
});

test('a street of the remaining USPS C1 suffixes is read in an address line, a comma and a town after it (place-slots.ts)', () => {
  assert.deepEqual(places('Home adapted at 5 Beacon View, Caerwent. Wheelchair ordered.'), ['5 Beacon View', 'Caerwent']);
  assert.deepEqual(places('Apical 4 Chamber View, Normal LV size.'), []);
  assert.deepEqual(places('She ran 2 Mile Run, Then rested.'), []);
});

test('"of" or "&" join the words of the run; "for" (a person follows) and "and" (a list of places) do not', () => {
  assert.deepEqual(places('Aftercare at Foxglova Friends of Recovery, weekly.'), ['Foxglova Friends of Recovery']);
  assert.deepEqual(places('Employer: Hartwell Logistics Occupation: driver'), ['Hartwell Logistics']);
  assert.ok(!places('Thanks,\nSophia M.\nSaint Ridge Clinic Cardiology').some((p) => p.includes('Cardiology')));
  assert.deepEqual(places('Records from Saddleback Memorial for Montrell Brissett, MRN 66.').filter((p) => /Brissett/.test(p)), []);
});

// Second reader: what the closing run must leave out, and still take.

test('a drug, test, clinical abbreviation or specialty among the capitalised words after a place ends no place name', () => {
  const cases: [string, string][] = [
    ['Came from Boston Metoprolol Held.', 'Boston'],
    ['Pt transferred from Springfield Hospital Lasix Given.', 'Springfield Hospital'],
    ['Arrived from Springfield Echo Report Pending.', 'Springfield'],
    ['Transfer from Springfield Hospital Chest Xray Clear.', 'Springfield Hospital'],
    ['Transferred from Lowell General Hospital Vanc Started.', 'Lowell General Hospital'],
    ["Returned from Boston Children's Hospital Cath Lab.", "Boston Children's Hospital"],
  ];
  for (const [text, place] of cases) assert.deepEqual(places(text), [place], text);
});

test('a run of ordinary words after a place is still its name', () => {
  assert.deepEqual(places('Volunteers at Ashcombe Fire Station, no smoke exposure.'), ['Ashcombe Fire Station']);
  assert.deepEqual(places('Lives at Marlstone Youth Hostel with friends.'), ['Marlstone Youth Hostel']);
  // An organisation's head closes the name although the lexicon lists it as a ward ("team", "hospice").
  assert.deepEqual(places('Referred to Ashcombe Community Mental Health Team, seen weekly.'), ['Ashcombe Community Mental Health Team']);
});
