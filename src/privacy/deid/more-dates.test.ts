/** More date shapes (more-dates.ts): what they find and the number runs they must leave. Invented sentences only. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectMoreDates } from './more-dates.js';
import { detectPhi } from './detect.js';

function dates(text: string): string[] {
  const out: string[] = [];
  detectMoreDates(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('holidays named by a person or a cause, and religious holidays, are dates', () => {
  assert.deepEqual(dates("PT WANTS TO BE HOME FOR MOTHER'S DAY"), ["MOTHER'S DAY"]);
  assert.deepEqual(dates('admitted the day after Veterans Day; family away for passover'), ['Veterans Day', 'passover']);
  // In the detector the holiday wins over the relative-name rule that read "DAY" as a mother's name.
  const text = "PT WANTS TO BE HOME FOR MOTHER'S DAY";
  assert.deepEqual(detectPhi(text).map((s) => [text.slice(s.start, s.end), s.type]), [["MOTHER'S DAY", 'DATE']]);
});

test('a day with a month abbreviation and dotted dates are dates; settings, gases and MAR are not', () => {
  assert.deepEqual(dates('cath 14-Mar showed 3vd. PT ADMITTED 14MAR. echo Mar-14.'), ['14-Mar', '14MAR', 'Mar-14']);
  assert.deepEqual(dates('admitted 3.14.19, seen 3.4.2019'), ['3.14.19', '3.4.2019']);
  assert.deepEqual(dates('vent 12.5.40 unchanged. abg 7.45.34.7. per MAR lasix 40. dec-ing u/o. 32-mar? 1.5.2 ratio'), []);
});
