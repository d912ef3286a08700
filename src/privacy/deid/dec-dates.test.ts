/**
 * Dates (issue 14, deid-dates5, session 22): a day and the title-case month abbreviation "Dec" without a year is a
 * date, as letters write an appointment ("Colonoscopy on 8 Dec"); the lower-case or capitals "dec" after a number stays
 * out (nursing "02 dec from 4->2" = decreased), and so do doses, ratios, scores, versions, ranges and years alone.
 * Every text is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const dates = (text: string): string[] => found(text).filter((p) => p.startsWith('DATE:'));

test('a day and the title-case abbreviation Dec, without a year, is a date', () => {
  assert.ok(has('Colonoscopy on 8 Dec at 8.30am at the endoscopy unit.', '8 Dec', 'DATE'));
  assert.ok(has('I got a letter saying my scan is 18 Dec but I will be away.', '18 Dec', 'DATE'));
  assert.ok(has('Discharged 4 Dec to the crisis team. Review 5 Jan.', '4 Dec', 'DATE'));
  assert.ok(has('Biopsy from 30 Dec. shows a nodular lesion.', '30 Dec', 'DATE'));
});

test('lower-case or capitals dec after a number, and values that are no date, stay out', () => {
  assert.deepEqual(dates('o2 sat 95, 02 dec from 4->2, tolerating well.'), []);
  assert.deepEqual(dates('O2 WEANED, 02 DEC FROM 4 TO 2 L.'), []);
  assert.deepEqual(dates('Bisoprolol 2.5 mg, ratio 4/7 improved, PHQ-9 score 14, app v2.3.1, HR 60-80, since 2019.'), []);
});
