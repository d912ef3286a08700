/**
 * A series of one test's values under one name (`value-series.ts`): later values with the same unit, joined
 * by words of time or change, are the test's own values; anything else ends the series.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { seriesValues } from './value-series.js';

const found = noteReader(60, 'male');

test('later values of a series are read: the falling platelet count, the prolonging PR interval', () => {
  // Both were read as their first, normal value only.
  assert.equal(found('Platelets 265 x10^9/L on day 1, now 88 x10^9/L on day 7; no bleeding.').get('platelets-low'), true);
  assert.equal(found('Booking platelets 214 x10^9/L; 28 weeks 168; today 112 x10^9/L.').get('platelets-low'), true);
  assert.equal(found('Troponin I 0.01 ng/mL on arrival, rising to 2.4 ng/mL at 6 hours.').get('troponin-high'), true);
});

test('a unit written once, after the later value, holds for the bare first value of its series', () => {
  // The first value was read alone, its unit guessed from its size, and the later one was never reached.
  assert.equal(found('Creatinine 80 on admission, today 250 umol/L.').get('creatinine-high'), true);
  assert.equal(found('Platelets 265 on day 1, now 88 x10^9/L on day 7.').get('platelets-low'), true);
  // Without a join word, or with a unit this test does not read in, nothing changes: the bare value is read alone.
  assert.equal(found('Na 139, 128 mmol/L.').get('sodium-low'), false);
  assert.equal(found('Platelets 265 on day 1, now 88 mg/dL.').get('platelets-low'), false);
});

test('a series ends at any word that is not one of time or change; a comma alone does not join', () => {
  // Another specimen, another test, a reference range, a context word.
  assert.equal(found('CSF glucose 22 mg/dL (serum 104 mg/dL).').get('glucose-high') ?? false, false);
  assert.equal(found('K 3.1 mmol/L, Ca corrected 2.3 mmol/L.').get('potassium-high'), false);
  assert.equal(found('SpO2 95% at rest, 87% after a walk.').get('hypoxemia'), false);
  assert.equal(found('Na 139 mmol/L, 128 mmol/L.').get('sodium-low'), false);
});

test('seriesValues finds the starts of later values with the unit the reader accepts', () => {
  const text = 'X 265 u on day 1, now 88 u on day 7, then 60 u';
  const unitAfter = (start: number): number => {
    const m = /^\d+ u/.exec(text.slice(start));
    return m ? start + m[0].length : -1;
  };
  const got = seriesValues(text, 7, text.length, unitAfter).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(got, ['88 u', '60 u']);
  assert.deepEqual(seriesValues('X 265 u, 88 u', 7, 13, unitAfter), []);
});

test('a word after a value tells of that value: the join restarts after a comma, so an earlier value is not read as a later one', () => {
  // "today" and "now" belong to the first value; the value after the comma is an earlier one.
  assert.equal(found('Potassium 4.2 mmol/L today, 6.8 mmol/L yesterday.').get('potassium-high'), false);
  assert.equal(found('Platelets 250 x10^9/L now, 50 x10^9/L in March.').get('platelets-low'), false);
  // After the comma a word of sequence joins again.
  assert.equal(found('Platelets 265 x10^9/L today, now 88 x10^9/L.').get('platelets-low'), true);
});

test('a number straight after a word of direction is a difference, not a value', () => {
  assert.equal(found('Platelets 180 x10^9/L, down 100 x10^9/L since heparin.').get('platelets-low'), false);
  assert.equal(found('Platelets 180 x10^9/L, fell by 100 x10^9/L since heparin.').get('platelets-low'), false);
  // "to" before the number makes it a value; a time after the word of direction is still a time.
  assert.equal(found('Platelets 180 x10^9/L, down to 60 x10^9/L.').get('platelets-low'), true);
  assert.equal(found('Platelets 180 x10^9/L, falling 3 days later to 60 x10^9/L.').get('platelets-low'), true);
});

test('seriesValues: a word before a mark does not join past it; a number straight after a word of direction is no value', () => {
  const at = (text: string) => (start: number): number => {
    const m = /^\d+ u/.exec(text.slice(start));
    return m ? start + m[0].length : -1;
  };
  const values = (text: string): string[] => seriesValues(text, 5, text.length, at(text)).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(values('X 5 u today, 9 u'), []);
  assert.deepEqual(values('X 5 u today, then 9 u'), ['9 u']);
  assert.deepEqual(values('X 5 u, down 2 u'), []);
  assert.deepEqual(values('X 5 u, down to 2 u'), ['2 u']);
  assert.deepEqual(values('X 5 u, up 3 days later 8 u'), ['8 u']);
});
