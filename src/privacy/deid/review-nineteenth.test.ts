/**
 * Second reading of the nineteenth session's de-identification changes (review-deid): the PHI the precision guards
 * must still take (a state code inside an address, a possessive, a particle, a clock time beside a date), and the
 * closing words the sign-off rule must leave. Sentences written here for the review, copied from no data set.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const found = (t: string): string[] => detectPhi(t).map((s) => `${s.type}:${t.slice(s.start, s.end)}`);
const names = (t: string): string[] => found(t).filter((s) => s.startsWith('NAME:'));

test('a state code in an address line: the street, the town and the ZIP are still taken', () => {
  assert.deepEqual(found('Address: 12 Elm Street, Springfield, IL 62704.'), ['LOCATION:12 Elm Street', 'LOCATION:Springfield', 'ZIP:62704']);
  assert.deepEqual(found('Moved from Portland, OR last spring.'), ['LOCATION:Portland']);
  assert.deepEqual(found('Home town Bend, OR 97701.'), ['LOCATION:Bend', 'ZIP:97701']);
});

test('a surname spelled like a state code stays in the name', () => {
  assert.deepEqual(names('Contact: Mr Oscar Al, tel 555-0134.'), ['NAME:Mr Oscar Al']);
  assert.deepEqual(names('Seen with her husband Mr Tobias Ok.'), ['NAME:Mr Tobias Ok']);
});

test("a possessive ends the name but keeps all of it; a place keeps its 's", () => {
  assert.deepEqual(names("Mrs O'Neil's daughter called."), ["NAME:O'Neil"]);
  assert.deepEqual(names("Mr Neil's wife called."), ['NAME:Neil']);
  assert.deepEqual(names("Mrs Anna-Maria D'Souza's son rang."), ["NAME:Anna-Maria D'Souza"]);
  assert.deepEqual(found("St. Mary's hospital admission."), ["LOCATION:St. Mary's"]);
});

test('particles inside a name stay; one that joins nothing leaves it, the phone after it still taken', () => {
  assert.deepEqual(names('Referred by Dr. Pieter van der Berg.'), ['NAME:Pieter van der Berg']);
  assert.deepEqual(names('Consultado con la Dra. María de la Cruz.'), ['NAME:María de la Cruz']);
  assert.deepEqual(names('Dr. Karim bin Hamad, 555 0192.'), ['NAME:Karim bin Hamad']);
  assert.deepEqual(found('Called Dr. Pietro di 020 7946 0018.'), ['NAME:Pietro', 'PHONE:020 7946 0018']);
});

test('a clock time beside a date: the whole date is still taken', () => {
  assert.deepEqual(found('Admitted 10:00 11/12/25 via ED.'), ['DATE:11/12/25']);
  assert.deepEqual(found('Seen 11/12/25 10:00.'), ['DATE:11/12/25']);
  assert.deepEqual(found('Admitted 12 Dec 2025, 10:00.'), ['DATE:12 Dec 2025']);
  assert.deepEqual(found('Seen on 3 March, 09:15.'), ['DATE:3 March']);
});

const frames = (w: string): string[] => [`Plan discussed with family, obs stable overnight. ${w}`, `Reviewed on ward round today.\n${w}`];

test('a closing clinical, drug, unit, eponym or department word at the end is no signer', () => {
  for (const w of ['Stable.', 'Discharged.', 'Thanks', 'Regards', 'Cheers', 'Urgent', 'Urgent.', 'Apixaban', 'Ramipril',
    'Paracetamol', 'Warfarin.', 'Mg', 'Kg', 'Babinski', 'Romberg.', 'Cardiology', 'Radiology.', 'Pharmacy', 'Haematology']) {
    for (const t of frames(w)) assert.deepEqual(found(t), [], t);
  }
});

test('thanks and farewells of other languages and texting shorthand end a message without a name', () => {
  for (const w of ['Gracias', 'Saludos', 'Danke', 'Grüße', 'Tschüss', 'Groeten', 'Bedankt', 'Obrigado', 'Abraços', 'Grazie',
    'Ciao', 'Hilsen', 'Kiitos', 'Rgds', 'Cya']) {
    for (const t of frames(w)) assert.deepEqual(found(t), [], t);
  }
  // The writer after such a word still signs.
  assert.deepEqual(found('Bloods normal, see you Monday. Gracias.\nQuenbrilla'), ['NAME:Quenbrilla']);
});

// Closed in the twentieth session (docs/sessions/20-deid-names.md): medicines without an INN stem are words of a general
// source (lexicons/medicines.txt: RxNorm names of the OMOP extract, the broad model's exposure synonyms).
test('a closing medicine of the medicine list is no signer', () => {
  for (const w of ['Metformin', 'Citalopram', 'Naproxen', 'Pregabalin', 'Ondansetron']) {
    for (const t of frames(w)) assert.deepEqual(found(t), [], t);
  }
});

// Seen and left (docs/sessions/19-review-deid.md): brands, scales, units and ward shorthand that no list holds are read as
// the writer when they end a text. Two general guards (a name-shaped word; a length, score and stem test) cost the rule's
// l39 gain and were not kept; no general list of brands, scales or ward shorthand is in the repo or the data folder.
test('a closing brand, scale, unit or ward shorthand on no list is no signer', { todo: true }, () => {
  for (const w of ['Xarelto', 'Physio', 'Resus', 'Waterlow', 'Litres']) {
    for (const t of frames(w)) assert.deepEqual(found(t), [], t);
  }
});
