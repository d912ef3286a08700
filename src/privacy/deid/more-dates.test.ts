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

test('date ranges joined by a dash are one date; ranges of settings, out-of-order pairs and spaced hyphens are not', () => {
  assert.deepEqual(dates('Admitted 3/7–3/9 with pneumonia; seen 1/5/2023-1/9/2023'), ['3/7–3/9', '1/5/2023-1/9/2023']);
  assert.deepEqual(dates('Stayed March 4 - March 8, 2024 and 4 March – 8 March 2024'), ['March 4 - March 8, 2024', '4 March – 8 March 2024']);
  assert.deepEqual(dates('PS 10/5-8/5 tolerated; 3/9-3/7; ceftaz 8/2 - 8/10'), []);
});

test('seasons with a year, ordinal days with their article in letters, padded month-days after a date word', () => {
  assert.deepEqual(dates('Last colonoscopy in the spring of 2019; fell Winter 2021; in the fall of 2018'), ['spring of 2019', 'Winter 2021', 'fall of 2018']);
  assert.deepEqual(dates('had a fall 2 weeks ago; a fall 2019 is not a season'), []);
  assert.deepEqual(dates('We saw her on the 4th of April. Family arrives Friday the 15th. Review on the 28th.'), ['the 4th of April', 'Friday the 15th', 'the 28th']);
  assert.deepEqual(dates('Moved to a room on the 2nd floor. The 4th ventricle is normal.'), []);
  assert.deepEqual(dates('Visit on 03-07 for suture removal; DOS 11-04'), ['03-07', '11-04']);
  assert.deepEqual(dates('on 2-4 l nc; on 02-04 L; wean on 05-10 mg'), []);
});

test('a birth date written as one run of digits after its label is a date; runs that are no date are not', () => {
  assert.deepEqual(dates('DOB 030731; Date of birth: 19310307; born 07031931'), ['030731', '19310307', '07031931']);
  assert.deepEqual(dates('DOB 999999; born 123456 ways; DOB 13131931'), []);
});

test('a run-together mmddyy after a word is a date; counts, doses and labelled codes are not', () => {
  const spans = (t: string): string[] => detectPhi(t).map((s) => t.slice(s.start, s.end));
  assert.deepEqual(spans('family meeting 052647 re plan'), ['052647']);
  assert.deepEqual(spans('plt 110000, given 100000 units, seen 123456 times'), []);
});

test('the second of two m/d joined by "&" is a date, unless the first is a setting', () => {
  const spans = (t: string): string[] => detectPhi(t).map((s) => t.slice(s.start, s.end));
  assert.deepEqual(spans('BM ON 12/23 & 12/24'), ['12/23', '12/24']);
  assert.deepEqual(spans('PEEP 5/5 & 10/5, strength 4/5 & 3/5'), []);
});

test('tenth pass: mid-April, a capitalised month after for/before, Jan-2019, a weekday with an ordinal day', () => {
  const dates = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'DATE').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(dates('Surgery planned for mid-April.'), ['April']);
  assert.deepEqual(dates('Planned for April.'), ['April']);
  assert.deepEqual(dates('Colonoscopy Jan-2019, clear.'), ['Jan-2019']);
  assert.deepEqual(dates('Review Weds 5th with results.'), ['Weds 5th']);
  assert.deepEqual(dates('He will march for may be hours.'), []);
  assert.deepEqual(dates('Pain in the Sat 2nd floor corridor.'), []);
});

test('a day-first day/month after a word that dates an event is a date; durations and ventilator settings stay', () => {
  assert.deepEqual(dates('Next review w/c 14/10.'), ['14/10']);
  assert.deepEqual(dates('Seen 23/03 in clinic; appt: 28/11.'), ['23/03', '28/11']);
  assert.deepEqual(dates('Symptoms for 14/7; a 13/12 old boy; GCS 14/15.'), []);
  // Sixteenth pass: a day-first pair with no date word is a date in a letter, but not in a note that speaks of ventilation.
  assert.deepEqual(dates('Vent: PSV, initially on 13/10 in am.'), []);
});
