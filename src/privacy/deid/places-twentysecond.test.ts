/**
 * Places of the twenty-second session (issue 14): the residence of an identification line (address.ts
 * `AGE_THEN_TOWNS`, `ID_THEN_TOWNS`): after a found name and its age, or after an identity number or a date of birth,
 * the list parts that close the clause are where the person lives. What must stay: a status or trade after the age,
 * a field label after a full stop. Every name, number and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('the places after a name and its age, an identity number or a date of birth', () => {
  assert.ok(has('Patient: Tavita Lemalu, 71, Faleolo, Upolu; referred for review.', 'Faleolo, Upolu', 'LOCATION'));
  assert.ok(has('Re: Ikenna Obialor, 93, Ezinihitte.', 'Ezinihitte', 'LOCATION'));
  assert.ok(has('Mrs Oksana Dravych, DOB 12/06/1941, Zhytkivka;', 'Zhytkivka', 'LOCATION'));
  assert.ok(has('Hosp no. KRV-448172, Mbalegu.', 'Mbalegu', 'LOCATION'));
});

test('a status, a trade or a field label after the age or number stays', () => {
  assert.deepEqual(places('Seen with Harold Quenby, 84, Widower.'), []);
  assert.deepEqual(places('Seen with Harold Quenby, 84, Retired Farmer.'), []);
});

// Review (session 22, review-deid4): a lone word with a suffix of medical terminology or a possessive, after a name and
// age, an identity number or a date of birth, is what the line says of the person, not a residence.
test('a specialty, condition, procedure, drug stem or eponym after the number stays', () => {
  for (const w of ['Rheumatology', 'Orthogeriatrics', 'Hyperkalaemia', 'Haemodialysis', 'Nulliparous', 'Catheterised', 'Pembrolizumab', 'Semaglutide', "Addison's"]) {
    assert.deepEqual(places(`MRN 4471932, ${w}.`), [], w);
    assert.deepEqual(places(`DOB 01/02/1940, ${w}.`), [], w);
    assert.deepEqual(places(`Seen with Harold Quenby, 84, ${w}.`), [], w);
  }
  assert.deepEqual(places('John Smith, 45, Retired Teacher, Diabetic. MRN 12345, Ward 7, Bay 3. DOB 01/02/1940, Type 2 Diabetes.'), []);
});

test('a facility whose name ends in such a word, and towns, are still the residence', () => {
  assert.ok(has("Re: Ikenna Obialor, 93, St Aidan's.", "St Aidan's", 'LOCATION'));
  assert.ok(has('Hosp no. KRV-448172, Kanyamkago Dialysis.', 'Kanyamkago Dialysis', 'LOCATION'));
  assert.ok(has('Patient: Tavita Lemalu, 71, Faleolo, Upolu; referred for review.', 'Faleolo, Upolu', 'LOCATION'));
});

test('a country, a language or a people in an identification line is no town', () => {
  const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));
  assert.deepEqual(places('Re: Ikenna Obialor, 93, Yoruba; interpreter booked.'), []);
  assert.deepEqual(places('Re: Tavita Lemalu, 71, Faleolo, Samoa.'), ['LOCATION:Faleolo']);
});
