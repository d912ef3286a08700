/**
 * Second reading of the sixteenth session's de-identification rules (review-deid): people and places in the same
 * contexts as the new vetoes and name rules. Each case is an invented name in an ordinary clinical sentence; each was
 * dropped (or cut short) by main 17a26a9 and is found by main 10c7e5a. A leak is worse than an over-redaction. The
 * last test is the other way: a clinical shorthand that 17a26a9's lower-case message opener read as an addressee.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { has } from '../../testkit/deid-pieces.js';
import { detectPhi } from './detect.js';
import { dropEponyms } from './eponyms.js';
import { getDefaultLexicon } from './lexicon.js';

test('a person before a result word stays a person (given name, kin word, "from", "as well")', () => {
  assert.ok(has('Contacts: Zbigniew Nowicki negative.', 'Zbigniew Nowicki', 'NAME'));
  assert.ok(has('Partner Tomasz negative on antenatal screen.', 'Tomasz', 'NAME'));
  assert.ok(has('Sister Halina positive as well.', 'Halina', 'NAME'));
  assert.ok(has('Halina Wojcik excluded from the trial.', 'Halina Wojcik', 'NAME'));
  assert.ok(has('Son Tomasz clinically normal at birth.', 'Tomasz', 'NAME'));
});

test('a person before an assessment, a language verb or a form word stays a person', () => {
  assert.ok(has('Tomasz Kowalczyk functional assessment booked.', 'Tomasz Kowalczyk', 'NAME'));
  assert.ok(has('Name: Tomasz Kowalczyk 45M Test: HbA1c', 'Tomasz Kowalczyk', 'NAME'));
  assert.ok(has('Call from daughter, Halina speaking on behalf of mum.', 'Halina', 'NAME'));
  assert.ok(has('Son Tomasz interpreting for mum.', 'Tomasz', 'NAME'));
  assert.ok(has('Baby Kowalczyk placed today with foster carers.', 'Kowalczyk', 'NAME'));
});

test('a person after "make", "role model" or a carer word in brackets stays a person', () => {
  assert.ok(has('Her role model Zbigniew Kowalczyk visits.', 'Zbigniew Kowalczyk', 'NAME'));
  assert.ok(has('Care aids (Halina Kowalczyk, Tomasz Nowak) visit twice a day.', 'Halina Kowalczyk', 'NAME'));
  assert.ok(has('Minutes. Chair Dr Ellis. Recorder (Halina Kowalczyk).', 'Halina Kowalczyk', 'NAME'));
});

test('a place before a time is no version, and a hospital after "from" is no analyte', () => {
  assert.ok(has('Visited Lagos 3 weeks ago, now febrile.', 'Lagos', 'LOCATION'));
  assert.ok(has('Travel history - Lagos 2 weeks ago.', 'Lagos', 'LOCATION'));
  assert.ok(has('Holiday Marrakesh 2 weeks ago, diarrhoea since.', 'Marrakesh', 'LOCATION'));
  assert.ok(has('Retrieved from RBWH 1.5 hours ago.', 'RBWH', 'LOCATION'));
});

test('a weekday that is the surname stays in the name', () => {
  assert.ok(has('Seen with Mr Joe Friday in clinic.', 'Mr Joe Friday', 'NAME'));
  assert.ok(has('Mrs Blessing Sunday attended with her son.', 'Mrs Blessing Sunday', 'NAME'));
});

test('a given name after a dose and its frequency is the person told, not a second medicine', () => {
  assert.ok(has('Paracetamol 1 g QDS, Halina aware.', 'Halina', 'NAME'));
});

test('an eponym joined to a found name does not take the name with it when a clinical head follows', () => {
  assert.ok(has('Reviewed Halina Kowalczyk Alzheimer dementia stable.', 'Halina Kowalczyk', 'NAME'));
});

test('a lower-case shorthand without a vowel opening a message is no addressee; a name there still is', () => {
  assert.deepEqual(detectPhi('pmhx: t2dm, htn').map((x) => x.type), []);
  assert.deepEqual(detectPhi('fhx: ihd, t2dm in father').map((x) => x.type), []);
  assert.ok(detectPhi('velunka: can u swap on call with me? i need the car').length > 0);
});

test('a test read as a finding still takes a lower-case list item or a word before its test word', () => {
  const lex = getDefaultLexicon();
  const kept = (text: string, word: string): boolean => {
    const start = text.indexOf(word);
    return dropEponyms([{ start, end: start + word.length, type: 'NAME' }], text, lex).length === 1;
  };
  assert.equal(kept('Knee: Lachman and anterior drawer negative.', 'Lachman'), false);
  assert.equal(kept('Ankle: Ottawa ankle rules negative.', 'Ottawa'), false);
  assert.equal(kept('Kowalczyk tested negative on the repeat swab.', 'Kowalczyk'), true);
});
