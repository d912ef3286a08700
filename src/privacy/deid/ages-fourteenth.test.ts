/**
 * Ages over 89 (45 CFR 164.514(b)(2)(i)(C)) in the wordings of the fourteenth pass (identifiers.ts), each with what must
 * stay: a number over 89 that is a measurement, a place on the ward or an aggregate. Every sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an age as the subject\'s attribute, an approximate age and an age reached are ages', () => {
  assert.ok(has('Her age is 92 and she lives alone.', '92', 'AGE'));
  assert.ok(has("The patient's age is now 95.", '95', 'AGE'));
  assert.ok(has('Age of patient: 91', '91', 'AGE'));
  assert.ok(has('Widowed, aged about 93, independent.', '93', 'AGE'));
  assert.ok(has('Her grandmother lived to 98.', '98', 'AGE'));
  assert.ok(has('He survived to the age of 101.', '101', 'AGE'));
  assert.ok(has('This lady is 94 and walks with a frame.', '94', 'AGE'));
  // A measurement or a share after the same wordings stays.
  assert.deepEqual(found('Her score is 92. The ward is 94 beds. The tablet is 94 mg.'), []);
  assert.deepEqual(found('Lived to 98 percent of the target.'), []);
});

test('an age in words reads like an age in digits: the same wordings, the same refusals', () => {
  assert.ok(has("She's ninety-one and sharp as a tack.", 'ninety-one', 'AGE'));
  assert.ok(has('I am ninety-four, doctor.', 'ninety-four', 'AGE'));
  assert.ok(has('At ninety-six, she still drives.', 'ninety-six', 'AGE'));
  assert.deepEqual(found('I am one hundred percent sure.'), []);
  assert.deepEqual(found('She is ninety metres from the ward.'), []);
});

test('a sentence opening on "almost" or "nearly" and an age, then the person, is an age', () => {
  assert.ok(has('Almost 100, she reads the paper daily.', '100', 'AGE'));
  assert.ok(has('Nearly 95, he still gardens.', '95', 'AGE'));
  assert.deepEqual(found('Almost 100% of doses were given. Nearly 95, sats were stable.'), []);
});

test('a family line with a colon or dash, a titled person between dashes, and a bracketed sex give the age', () => {
  assert.ok(has('Father: 94, alive and well.', '94', 'AGE'));
  assert.ok(has('Mother - 91 - diabetic.', '91', 'AGE'));
  assert.ok(has('Mrs Penhallow - 96 - lives alone.', '96', 'AGE'));
  assert.ok(has('93 (F) admitted from home.', '93', 'AGE'));
  assert.ok(has('M 96 with chest pain since noon.', '96', 'AGE'));
  assert.ok(has('Triage: F 97, fall at home.', '97', 'AGE'));
  assert.deepEqual(found('Father: 45, alive and well. Mother - 88 - diabetic.'), []);
});

test('one person\'s age-group noun is an age when the note gives no number; a group or a hyphened word is not', () => {
  assert.ok(has('A nonagenarian with recurrent falls.', 'nonagenarian', 'AGE'));
  assert.ok(has('She is a centenarian and lives in a care home.', 'centenarian', 'AGE'));
  assert.deepEqual(found('In nonagenarians the risk of falls rises.'), []);
  // The number is the age: the noun is left.
  assert.deepEqual(found('Nonagenarian, age 93, on apixaban.').filter((p) => /nonagenarian/i.test(p)), []);
});

test('a number and sex after a measurement or a ward place is no age', () => {
  assert.deepEqual(found('Weight (95 M) stable on the chart.'), []);
  assert.deepEqual(found('Height (92 F) plotted; Bay (91 M) cleaned; Pulse: 93 M'), []);
  assert.ok(has('Mr Tremayne (94 M) admitted via ED.', '94', 'AGE'));
  // The same words as surnames (a title or a given name before them) are a person's age-sex slot (review of the pass).
  assert.ok(has('Mrs Ward (94 F) with confusion.', '94', 'AGE'));
  assert.ok(has('Mr Bay (92 M) with chest pain.', '92', 'AGE'));
  assert.ok(has('Patient Jane Ward (95 F) admitted from home.', '95', 'AGE'));
  assert.ok(has('Dr Bell saw Mrs Floor (97 F) today.', '97', 'AGE'));
  assert.deepEqual(found('Current Weight (95 M) stable.'), []);
});

test('a given name who is an age, an age label read at a time, a person noun with a bracketed age, a full name then the age', () => {
  assert.ok(has('Doris is 94.', '94', 'AGE'));
  assert.ok(has('Arthur Pendlebury turned 100 last week.', '100', 'AGE'));
  assert.ok(has('Age now 95, lives alone.', '95', 'AGE'));
  assert.ok(has('Age on admission: 93', '93', 'AGE'));
  assert.ok(has('Elderly gentleman (93) with a fall.', '93', 'AGE'));
  assert.ok(has('Patient: Jane Roe, 94. Lives alone.', '94', 'AGE'));
  // An English word as the name, a weight, a ward: no age.
  assert.deepEqual(found('Rose is 95. Seen on Ward, 94. Bed 3.'), []);
  assert.ok(!found('Doris is 94 kg.').some((p) => p.startsWith('AGE')));
});
