/**
 * Over-redaction guards of the nineteenth session (deid-precision), each with the PHI it must still take. The
 * sentences are written here, after the kinds counted on the read sets (nursing cv, letters10-14), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);

test('the comma between a name and its birth-date cue stays outside the name', () => {
  assert.deepEqual(found('Referral: Marisela Quintrell, DOB 4/5/61, knee pain.'), ['NAME:Marisela Quintrell', 'DATE:4/5/61']);
  assert.deepEqual(found('Akira O. DOB 3/9/18 seen today.'), ['NAME:Akira O.', 'DATE:3/9/18']);
});

test("a state's postal code after a town is no part of the place; the town and the ZIP still are", () => {
  assert.deepEqual(found('She moved to Shoreview, MN 55109 last year.'), ['LOCATION:Shoreview', 'ZIP:55109']);
  assert.deepEqual(found('lives in Jersey City, NJ with her son.'), ['LOCATION:Jersey City']);
  // A state written out may be the city: it still grows the street before it.
  assert.deepEqual(found('Home: Apt 4C, 1120 Fifth Avenue, New York, NY 10128.'), ['LOCATION:Apt 4C, 1120 Fifth Avenue, New York', 'ZIP:10128']);
});

test("a possessive ends a name: the lower-case words after it stay readable; the name is still taken", () => {
  assert.deepEqual(found("Mr Tallowby's creatinine is up to 310."), ['NAME:Tallowby']);
  assert.deepEqual(found("Asked about her son Wendeslaw's methylphenidate supply."), ['NAME:Wendeslaw']);
});

test('a particle that joins nothing leaves the name; a particle before a surname stays', () => {
  assert.deepEqual(found('Se llamó al Dr. Anselmo Varduque al 33 3841 2290.').filter((s) => s.startsWith('NAME')), ['NAME:Anselmo Varduque']);
  assert.deepEqual(found('Seen by Dr. Omar al Rashid today.'), ['NAME:Omar al Rashid']);
});

test('the hour of a clock time is no two-digit year of the date before it', () => {
  assert.deepEqual(found('Clinic on Thu 11 Dec, 10:00, room 3.'), ['DATE:Thu 11 Dec']);
  assert.deepEqual(found('Phone log Wed 3 Dec 14:20: no answer.'), ['DATE:Wed 3 Dec']);
  assert.deepEqual(found('Last seen 11 Dec, 10 at the clinic.'), ['DATE:11 Dec, 10']);
});
