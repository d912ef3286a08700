/**
 * The person an identification clause names by the age or number after it (aged-names.ts, issue 14, thirty-third
 * session, second round): a run of name words opening a line, a list item or a clause, or after a role or title noun,
 * then a comma or bracket and the age or an identity number. Cases it must find and cases it must leave; the names
 * and places are invented and held by no list (checked in heading-names.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectAgedNames } from './aged-names.js';
import { foldAccents } from './fold.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

/** The pieces the rule alone pushes on a text, given the spans other rules found. */
function aged(original: string, found: readonly PhiSpan[] = []): string[] {
  const text = foldAccents(original);
  const out: string[] = [];
  detectAgedNames(text, original, getDefaultLexicon(), found, (s, e, type) => out.push(`${type}:${original.slice(s, e)}`));
  return out;
}

test('a line, a list item or a clause opening with a name before an age', () => {
  assert.deepEqual(aged('Ward list\nQuorvash Tamsk-Oderino, 7, fell from a swing.'), ['NAME:Quorvash Tamsk-Oderino']);
  assert.deepEqual(aged('Clinic list:\n2. Brivenna Zhalmór, 61, review.\n- Velunka Oderino (9 años), fiebre.'), ['NAME:Brivenna Zhalmór', 'NAME:Velunka Oderino']);
  assert.deepEqual(aged('Seen today. Pat. Quorvash Tamsk, 93 J., Sturz.'), ['NAME:Quorvash Tamsk']);
  // After a role or relation noun or a title, one name word alone with its age.
  assert.deepEqual(aged('The caller rang about her child Kestrava, 2, who swallowed tablets.'), ['NAME:Kestrava']);
  assert.deepEqual(aged('Seen with Mrs Brivenna Zhalmor, 97, at home.'), ['NAME:Brivenna Zhalmor']);
  // A trade written before the person stays out of the span.
  assert.deepEqual(aged('Seen. Dentist Brivenna Zhalmor, 45, GDC number on file.'), ['NAME:Brivenna Zhalmor']);
});

test('a name before an identity number the rules found, not before a serial number', () => {
  const text = 'Discharge. Quorvash Tamsk Oderino, IC 720417-14-0000, laparoscopy.';
  const at = text.indexOf('720417');
  assert.deepEqual(aged(text, [{ start: at, end: at + 14, type: 'ID' }]), ['NAME:Quorvash Tamsk Oderino']);
  assert.deepEqual(aged(text), []);
  const serial = 'Device. Quorvash Tamsk, serial 1R44821.';
  const s = serial.indexOf('1R44821');
  assert.deepEqual(aged(serial, [{ start: s, end: s + 7, type: 'ID' }]), []);
  // One word before a number only is a payer's or a product's name.
  const payer = 'Cover. Velunka, member 448172.';
  const p = payer.indexOf('448172');
  assert.deepEqual(aged(payer, [{ start: p, end: p + 6, type: 'HEALTH_PLAN' }]), []);
});

test('what is no person before a number stays', () => {
  // After a comma the slot holds an address's places; after a lower-case word that is no role noun, running text.
  assert.deepEqual(aged('Quorvash Tamsk, Kestrava, 86, confused.'), []);
  assert.deepEqual(aged('We visited Kestrava, 86, in the rain.'), []);
  // English words, a telephone's area code, a bracket glued to its word, a measure.
  assert.deepEqual(aged('Notes.\nMale, 94, fall at home.\nChild (2 y) swallowed.'), []);
  assert.deepEqual(aged('Booked. Tel (71) 98441-7208. Call (207) 973-4417.'), []);
  assert.deepEqual(aged('Dose.\nHp(10) 4.1 mSv.'), []);
  assert.deepEqual(aged('Result. Velunka Tamsk, 4.5 mmol.'), []);
  // A product's field, and a run another rule read as a place.
  assert.deepEqual(aged('Insurance: Velunka Zhalmor, 45, member no. 4417.'), []);
  const place = 'Seen. Kestrava Oderino, 7, fell.';
  assert.deepEqual(aged(place, [{ start: 6, end: 22, type: 'LOCATION' }]), []);
});
