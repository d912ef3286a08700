/**
 * Sixteenth session, second reading (review-core) of the day-first day/month rule (`more-dates.ts`, `dayFirstAlone`):
 * clinical fractions it must not read as dates, and the dates it must still find. Invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const dates = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));

test('"24/7" (all day, every day) and x/7 or x/12 after a duration word are no dates', () => {
  assert.deepEqual(dates('She now requires 24/7 care from two carers.'), []);
  assert.deepEqual(dates('He needs 24/7 supervision at home.'), []);
  assert.deepEqual(dates('Cough for 21/7, no haemoptysis.'), []);
  assert.deepEqual(dates('Productive cough for 28/7 despite antibiotics.'), []);
  assert.deepEqual(dates('Low mood over the last 20/12.'), []);
});

test('paired eye measures, insulin doses by brand, a bed number and a lab value with its unit are no dates', () => {
  assert.deepEqual(dates('Visual acuity 20/10 right eye.'), []);
  assert.deepEqual(dates('IOPs 21/10 on latanoprost.'), []);
  assert.deepEqual(dates('Levemir 14/10 with meals.'), []);
  assert.deepEqual(dates('Humalog 16/8 with meals, titrate.'), []);
  assert.deepEqual(dates('Novomix 18/10 twice daily.'), []);
  assert.deepEqual(dates('Moved to bed 14/2 on the ward.'), []);
  assert.deepEqual(dates('Hb 13/10 g/dl.'), []);
  // Forms the rule already left alone: scores out of a total, a taper, a grip in kg, a tumour size.
  assert.deepEqual(dates('GCS 13/15, pain score 15/10, MMSE 26/30.'), []);
  assert.deepEqual(dates('Prednisolone reducing 15/10/5 mg. Grip 22/10 kg. Tumour 13/4 cm.'), []);
});

test('the same shapes are still dates where they date an event', () => {
  assert.deepEqual(dates('Hemiarthroplasty 21/10. Daughter holds LPA.'), ['21/10']);
  assert.deepEqual(dates('Seen 24/7 in clinic.'), ['24/7']);
  assert.deepEqual(dates('Admitted 21/7 with cough.'), ['21/7']);
  assert.deepEqual(dates('Seen 14/10 in clinic; bed 3.'), ['14/10']);
});
