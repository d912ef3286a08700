/**
 * A year that dates a law, a guideline or a study dates no one (thirty-fourth session, deid-clean19); a year of a person's
 * history stays. The sentences are written here after the kinds seen on the read letters (letters10-29), not copied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { documentYear } from './document-years.js';

// Every year (`everyYear`): a short line like these reads as letter-style, where lone years go anyway (letter-years.ts);
// this file tests the document rule alone.
const years = (t: string): string[] => detectPhi(t, { everyYear: true }).filter((s) => s.type === 'YEAR').map((s) => t.slice(s.start, s.end));

test('a year after a statute, a guideline or a society, or before a report or a cohort, is no date', () => {
  assert.deepEqual(years('Dr Okonkwo assessed capacity under the Mental Capacity Act 2005 today.'), []);
  assert.deepEqual(years('Seen by Dr Farrant; nodule followed as in the Fleischner Society 2017 table.'), []);
  assert.deepEqual(years('Dr Halvorsen: screening as in the BSR guideline 2017; the 2019 WHO guidance on sleep.'), []);
  assert.deepEqual(years('Dr Mbeki reviewed the Fukushima 2011 cohorts and the 2012 survey.'), []);
  assert.deepEqual(years('Dr Lindqvist cited the Declaration of Helsinki 1964 at the meeting.'), []);
});

test('a year of a person\'s history stays, and so does one before an ordinary noun', () => {
  assert.deepEqual(years('Dr Okonkwo: anaphylaxis to penicillin 2022, stent LAD 2019.'), ['2022', '2019']);
  assert.deepEqual(years('Dr Farrant: legally blind since 2019, walks with a cane.'), ['2019']);
  // "act" as a verb before the year is rare, but a noun the list lacks never drops it: "the 2019 fall".
  assert.deepEqual(years('Dr Mbeki: hip fracture after the 2019 fall at home.'), ['2019']);
});

test('only a four-digit YEAR span is read', () => {
  const t = 'Care Act 2014 and 03/2014';
  assert.equal(documentYear({ start: 9, end: 13, type: 'YEAR' }, t), true);
  assert.equal(documentYear({ start: 9, end: 13, type: 'DATE' }, t), false);
});
