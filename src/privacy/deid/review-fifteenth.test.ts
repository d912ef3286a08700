/**
 * Second reading of the fifteenth pass (review-deid): the vetoes that drop a span as a device, an implant or a staging
 * term must not keep a person's name. Invented sentences; each with the device or eponym it must still leave.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const found = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));
const covers = (text: string, name: string): boolean => detectPhi(text).some((s) => text.slice(s.start, s.end).includes(name));

test('a person before their own device stays a name', () => {
  assert.ok(covers("Margaret Ellison's pacemaker was checked today.", 'Ellison'));
  assert.ok(covers("Seen with son. Margaret's walker left in the corridor.", 'Margaret'));
  assert.ok(covers('Dorothy Pemberton walker at bedside, ambulating well.', 'Pemberton'));
  assert.ok(covers('Edna Tulloch ICD interrogated, no events.', 'Tulloch'));
  // A maker, a model or a town before the device noun is still the device.
  assert.deepEqual(found('Medtronic Azure pacemaker in situ.'), []);
  assert.deepEqual(found('A Philadelphia collar was fitted.'), []);
});

test('lower-case words between a name and a thing\'s head do not make an eponym', () => {
  assert.ok(covers('Called Harold Jenkins about his catheter.', 'Jenkins'));
  assert.ok(covers('Called Harold Jenkins about his pump settings.', 'Jenkins'));
  assert.ok(covers('Told Mary Jones about her murmur.', 'Jones'));
  assert.deepEqual(found('A loud Austin Flint murmur was heard.'), []);
});

test('a staging word is an eponym\'s head only with its grade', () => {
  assert.ok(covers('Tomasz Kowalczyk level of care discussed.', 'Kowalczyk'));
  assert.deepEqual(found('Assessment showed Ann Arbor stage IIA.'), []);
  assert.deepEqual(found('The Austin Moore hemiarthroplasty was removed without complication.'), []);
});

test('a dated test result is no count out of a total', () => {
  const dates = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));
  // A count never exceeds its total; a bare result word counts only a handful of bottles or sets.
  assert.deepEqual(dates('Flu swab 12/5 negative.'), ['12/5']);
  assert.deepEqual(dates('COVID swab 11/28 negative.'), ['11/28']);
  assert.deepEqual(dates('Last BM 11/4 days ago.'), ['11/4']);
  assert.deepEqual(dates('4/15 nodes positive; blood cultures 2/4 positive.'), []);
});

test('an ordinal day after a verb that dates an event is a date; one that refers back stays', () => {
  const dates = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));
  // Sixteenth pass: mixed-case text keeps the article in the span (letters' gold); all-capital text leaves it out.
  assert.deepEqual(dates('Admitted the 3rd with chest pain.'), ['the 3rd']);
  assert.deepEqual(dates('Seen the 5th by cardiology.'), ['the 5th']);
  assert.deepEqual(dates('LAST BM THE 2ND.'), ['2ND']);
  assert.deepEqual(dates('Two attempts at the IV; the 3rd worked.'), []);
});
