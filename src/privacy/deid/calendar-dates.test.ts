/**
 * Dates of ICU's other calendars (calendar-dates.ts, session 26, deid-dates9): Solar Hijri, Islamic, Hebrew,
 * Ethiopic, Indian and Thai Buddhist dates in the CLDR orders, with month names and numeric. What stays: years alone,
 * doses, ratios, durations, scores, versions and Gregorian numeric dates (the Gregorian rules' own). Every text is
 * invented; the month names and orders are ICU's output for those calendars.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { CALENDAR_MONTHS } from './calendar-months.js';

test('month-name dates of the other calendars, day first and month first, are dates', () => {
  assert.ok(has('Discharged on 7 Esfand 1404 after a short stay.', '7 Esfand 1404', 'DATE'));
  assert.ok(has('Clinic review Mordad 19, 1403 was normal.', 'Mordad 19, 1403', 'DATE'));
  assert.ok(has('Vaccinated on Rajab 3, 1447 at the health post.', 'Rajab 3, 1447', 'DATE'));
  assert.ok(has('Operated 15 Shawwal 1446, recovery uneventful.', '15 Shawwal 1446', 'DATE'));
  assert.ok(has('Circumcision on 8 Nisan 5786 at home.', '8 Nisan 5786', 'DATE'));
  assert.ok(has('Seen on Meskerem 17, 2018 in the clinic.', 'Meskerem 17, 2018', 'DATE'));
  assert.ok(has('Delivered 21 Phalguna 1946 at the district hospital.', '21 Phalguna 1946', 'DATE'));
  assert.ok(has('ผู้ป่วยมาตรวจ 9 ม.ค. 2568 ที่คลินิก', '9 ม.ค. 2568', 'DATE'));
  assert.ok(has('Admitted 12 January 2568 (Thai calendar).', '12 January 2568', 'DATE'));
});

test('numeric dates (two-digit day and month) whose year is another calendar\'s are dates, without their era', () => {
  assert.ok(has('Echo 1403/11/05 showed an EF of 40%.', '1403/11/05', 'DATE'));
  assert.ok(has('Hajj vaccination 14/09/1446 AH recorded.', '14/09/1446', 'DATE'));
  assert.ok(has('Thai lab date 17/03/2568 attached.', '17/03/2568', 'DATE'));
});

test('the table holds four-digit calendar years and names only', () => {
  assert.ok(CALENDAR_MONTHS.length >= 5);
  for (const row of CALENDAR_MONTHS) {
    for (const [first, last] of row.years) assert.ok(first >= 1000 && last <= 9999 && first < last, row.calendars);
    for (const w of row.months) assert.doesNotMatch(w, /[\d#,A-Z]/, w);
  }
  const persian = CALENDAR_MONTHS.find((r) => r.calendars === 'persian');
  assert.deepEqual(persian?.years, [[1278, 1478]]);
  for (const w of ['azar', 'farvardin', 'esfand']) assert.ok(persian?.months.includes(w), w);
});

// Years alone (Gregorian or another calendar's), doses, ratios, durations, versions, scores and the Gregorian numeric
// dates the other rules read: none becomes a date with a four-digit number (the other rules' `3/7` are theirs).
test('years alone, doses, ratios, versions and scores stay out', () => {
  const text = 'In 1403 the clinic opened; 1446 pilgrims were screened. Amoxicillin 500 mg 3/7 then 2/52. ' +
    'Dose 1/2/1500 mg, heparin 5/10/1400 units. Version 2.10.1405 released. GCS 15, 12 Tir 12 sheets. ' +
    'Room 1405, bed 12, ward 9. Lot 12-7-2569A used. Grade 3 Dey 2024 audit. Cohort of 2568 patients followed. ' +
    'Page 4 of 1447 printed. Score 3 Sene 4 hours. Tel 1405 0912 33. Batch 12.3.1446 and 4-5-2568 kept. ' +
    'CO/CI/SVR 5/3/1450, then 4/2/1320 on milrinone.';
  assert.deepEqual(found(text).filter((p) => p.startsWith('DATE:') && /\d{4}/.test(p)), []);
});
