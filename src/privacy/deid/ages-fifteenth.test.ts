/**
 * Ages over 89 (45 CFR 164.514(b)(2)(i)(C): the age and every element of it, the decade too) in the wordings of the
 * fifteenth pass (identifiers.ts), each with what must stay. Every sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('the age-group noun is the age when no age over 89 is given, whatever vital signs the note holds', () => {
  assert.ok(has('A nonagenarian with HR 96 and sats 95% on room air.', 'nonagenarian', 'AGE'));
  assert.ok(has('Centenarian from a care home; pulse 104, BP 100/60.', 'Centenarian', 'AGE'));
  // The age given: the number is the span, the noun stays (as the gold sets draw it); a group stays.
  assert.ok(has('A nonagenarian, she is 94 and lives alone.', '94', 'AGE'));
  assert.ok(!has('A nonagenarian, she is 94 and lives alone.', 'nonagenarian', 'AGE'));
  assert.deepEqual(found('Nonagenarians are at high risk of delirium.'), []);
});

test('an age to be reached, just reached or nearly reached is an age', () => {
  assert.ok(has('Mrs Halloran will be 101 next month.', '101', 'AGE'));
  assert.ok(has('He will turn 95 next spring.', '95', 'AGE'));
  assert.ok(has('He has just turned 92 and lives with his son.', '92', 'AGE'));
  assert.ok(has('Her aunt has turned 97 this week.', '97', 'AGE'));
  assert.ok(has('She is nearly 96 and walks with a frame.', '96', 'AGE'));
  assert.ok(has("She'll be 100 next week.", '100', 'AGE'));
  assert.ok(has('A widower whose age is 94 lives alone.', '94', 'AGE'));
  assert.ok(has('Having reached 95, he declined surgery.', '95', 'AGE'));
  // Units, shares and measurements after the same verbs stay.
  assert.deepEqual(found('She is almost 100% better. He will be 90 minutes late. Weight is nearly 95 kg.'), []);
  assert.deepEqual(found('HR is now 96 and sats are nearly 95 on 2 L. BP has just turned 100 systolic.'), []);
});

test('the tenth and eleventh decades of life, a decade after an age label and a vague tail are ages', () => {
  assert.ok(has('A woman in her tenth decade of life.', 'tenth decade', 'AGE'));
  assert.ok(has('Man in the 11th decade, admitted with sepsis.', '11th decade', 'AGE'));
  assert.ok(has('Age: late 90s. Lives alone.', '90s', 'AGE'));
  assert.ok(has('Patient aged mid-90s, no next of kin.', '90s', 'AGE'));
  assert.ok(has('She is ninety-something and sharp.', 'ninety-something', 'AGE'));
  assert.ok(has('He is 90-odd and has outlived his siblings.', '90-odd', 'AGE'));
  // The ninth decade is 80-89; a measurement's decade is no age.
  assert.deepEqual(found('A man in his ninth decade. O2 sats in the 90s overnight; BP in the 100s.'), []);
});

test('an age with another language\'s word for years, and an age-sex slot ending the text, are ages', () => {
  assert.ok(has('Signora Bellandi, 94 anni, vive da sola.', '94', 'AGE'));
  assert.ok(has('Madame Fourcroy, 96 ans, chute au domicile.', '96', 'AGE'));
  assert.ok(has('Herr Albrecht, 95 Jahre, Sturz zu Hause.', '95', 'AGE'));
  assert.ok(has('Triage - Pt: 93 F', '93', 'AGE'));
  assert.deepEqual(found('Temp: 99 F'), []);
});

test('the sex, a comma and the age in a bracket, and the age, a comma and the sex opening a line, are ages', () => {
  assert.ok(has('Gill, Eleanor (F, 93) admitted from home.', '93', 'AGE'));
  assert.ok(has('93, female, from a nursing home.', '93', 'AGE'));
  assert.deepEqual(found('T 99, F. Weight (F, 95 kg).'), []);
});

test('an age reached or approached, and "a hundred" in words, are ages; a measurement reached stays', () => {
  assert.ok(has('He reached 100 last month.', '100', 'AGE'));
  assert.ok(has("He's approaching 100 and still walks daily.", '100', 'AGE'));
  assert.ok(has('He is a hundred and one.', 'a hundred and one', 'AGE'));
  assert.deepEqual(found('HR reached 100 overnight. She reached 95% on 2L. He walked a hundred metres. He is nearing 95 kg.'), []);
});
