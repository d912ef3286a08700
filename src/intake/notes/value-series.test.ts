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
