/**
 * Sixteenth session (deid-dates): one test per rule taken from the regularities of letters10/11's DATE misses, with the
 * false dates each rule must leave alone. Invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const dates = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));

test('a letter writes the article inside an ordinal day; all-capital text leaves it out', () => {
  assert.deepEqual(dates('Her cataract operation has been moved to the 29th. Thanks, Anna'), ['the 29th']);
  assert.deepEqual(dates('Repeat bloods were done on the 3rd, so halve the dose.'), ['the 3rd']);
  assert.deepEqual(dates('PT SEEN ON THE 5TH. BP STABLE.'), ['5TH']);
  // Ordinals that are no dates stay out, article or not.
  assert.deepEqual(dates('The 4th ventricle is normal in the 2nd trimester scan.'), []);
});

test('a day-first day/month with no date word before is a date in a letter', () => {
  assert.deepEqual(dates('Fractured neck of femur. Hemiarthroplasty 21/10. Daughter holds LPA.'), ['21/10']);
  assert.deepEqual(dates('Back pain ongoing. Fit note issued 28/11.'), ['28/11']);
});

test('a day-first pair stays a setting, a dose, a duration or an age where the note says so', () => {
  // Ventilation in the note: pressure pairs.
  assert.deepEqual(dates('Weaned to PSV this morning. Tolerated 18/5 with good gases.'), []);
  assert.deepEqual(dates('Overnight BiPAP 16/8 tolerated.'), []);
  // A dose before or a unit after.
  assert.deepEqual(dates('Mixtard 30 16/8 units with meals.'), []);
  assert.deepEqual(dates('Insulin doses 14/10 agreed.'), []);
  // UK durations (days out of 7, months out of 12) and a child's age in months.
  assert.deepEqual(dates('Productive cough 14/7, no haemoptysis.'), []);
  assert.deepEqual(dates('A 17/12 old boy with wheeze.'), []);
  assert.deepEqual(dates('Seen with a 20/12 old history of reflux.'), []);
  // All-lowercase chat is left to the cue-word rule.
  assert.deepEqual(dates('pain since the fall 21/10 no better'), []);
});

test('a birth date keeps its short label inside the span', () => {
  assert.deepEqual(dates('I reviewed Ms Rakhimova (b. 11.12.1991) with recurrent urticaria.'), ['b. 11.12.1991']);
  assert.deepEqual(dates('Zuzana K. (nar. 4.6.1979) - migraine.'), ['nar. 4.6.1979']);
  assert.deepEqual(dates('Herr Weber, geb. 3 March 1950, lives alone.'), ['geb. 3 March 1950']);
  // A capital letter with a period is an initial; a date without a year is no birth date.
  assert.deepEqual(dates('Seen with B. 11.12.1991 on file.'), ['11.12.1991']);
  assert.deepEqual(dates('Gait reviewed (b. 4.5 m walk).'), []);
});
