/** The one dotted-date reader (dotted-dates.ts): order by cues, both ways, and the runs of numbers it must leave. Invented text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayOrderOf, detectDottedDates, parseDotted, readDotted } from './dotted-dates.js';
import { shiftDateText, shiftUtcDate } from './dates.js';
import { deidentifyText } from './deidentify.js';
import { dateShiftDays } from '../keys/keyed.js';
import { detectPhi } from './detect.js';

function dotted(text: string): string[] {
  const out: string[] = [];
  detectDottedDates(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('a number past 12 fixes the order; otherwise the note decides, else day first', () => {
  assert.deepEqual(readDotted(17, 3, '24', 'mdy'), { day: 17, month: 3, year: 2024, yearDigits: 2, order: 'dmy' });
  assert.deepEqual(readDotted(3, 14, '19', 'dmy'), { day: 14, month: 3, year: 2019, yearDigits: 2, order: 'mdy' });
  assert.equal(readDotted(4, 3, '24', 'mdy')?.order, 'mdy');
  assert.equal(readDotted(4, 3, '24', 'dmy')?.order, 'dmy');
  assert.equal(readDotted(4, 3, '24', undefined)?.order, 'dmy');
  assert.equal(readDotted(13, 14, '24', undefined), undefined);
  assert.equal(readDotted(4, 3, '1850', undefined), undefined);
});

test('the note order comes from its other dates, month names and locale words', () => {
  assert.equal(dayOrderOf('Seen 17/03/2024, review 04.03.24'), 'dmy');
  assert.equal(dayOrderOf('Seen 3/17/2024, review 04.03.24'), 'mdy');
  assert.equal(dayOrderOf('Admitted March 4, 2024; seen 04.03.24'), 'mdy');
  assert.equal(dayOrderOf('Admitted 4 March 2024; seen 04.03.24'), 'dmy');
  assert.equal(dayOrderOf('krank vom 4.3. bis 15.3.'), 'dmy');
  assert.equal(dayOrderOf('seen 04.03.24'), undefined);
});

test('dotted dates both ways are found; settings, gases, versions and longer runs are not', () => {
  assert.deepEqual(dotted('admitted 3.14.19, seen 3.4.2019, referral 17.02.2023 and 25.12.23'), ['3.14.19', '3.4.2019', '17.02.2023', '25.12.23']);
  assert.deepEqual(dotted('Subject: referral 5.3.24'), ['5.3.24']);
  assert.deepEqual(dotted('krank vom 4.3. bis 15.3. bitte'), ['4.3.', '15.3.']);
  assert.deepEqual(dotted('vent 12.5.40 unchanged. abg 7.45.34.7. version 2.3.10; PEEP=5.5.10; 1.5.2 ratio; 32.13.19'), []);
  // A month-first note (nursing style, m/d elsewhere) takes an ambiguous two-digit-year triple only after a date word.
  assert.deepEqual(dotted('7/14/19: pt 4.3.24 on drip. echo on 4.3.24'), ['4.3.24']);
  // A day past 12 needs no date word in any note.
  assert.deepEqual(dotted('7/14/19: pt 3.14.19 echo'), ['3.14.19']);
});

test('the detector reads dotted dates through the one reader', () => {
  const text = 'Clinic 17.02.2023; vent 12.5.40; DOB 3.14.1931';
  assert.deepEqual(detectPhi(text).map((s) => text.slice(s.start, s.end)), ['17.02.2023', '3.14.1931']);
});

test('a dotted date shifts in the order the note writes it', () => {
  assert.deepEqual(parseDotted('04.03.24', 'dmy'), { day: 4, month: 3, year: 2024, yearDigits: 2, order: 'dmy' });
  assert.equal(shiftDateText('04.03.24', 1, 'dmy'), '05.03.24');
  assert.equal(shiftDateText('04.03.24', 1, 'mdy'), '04.04.24');
  assert.equal(shiftDateText('3.14.2019', 1), '3.15.2019');
  assert.equal(shiftDateText('31.12.2023', 1), '01.01.2024');
});

test('surrogate output shifts a dotted date in the order its note writes dates', () => {
  const key = new TextEncoder().encode('test-key-0123456789abcdef');
  const days = dateShiftDays(key, 'p9');
  const dayFirst = deidentifyText('Seen 17/03/2024; review 04.03.24.', { mode: 'surrogate', key, patientId: 'p9' });
  assert.ok(dayFirst.ok);
  const d = shiftUtcDate(2024, 2, 4, days);
  assert.ok(dayFirst.value.text.includes(`${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.24`), dayFirst.value.text);
  const monthFirst = deidentifyText('Seen 3/17/2024; review on 04.03.24.', { mode: 'surrogate', key, patientId: 'p9' });
  assert.ok(monthFirst.ok);
  const e = shiftUtcDate(2024, 3, 3, days);
  assert.ok(monthFirst.value.text.includes(`${String(e.getUTCMonth() + 1).padStart(2, '0')}.${String(e.getUTCDate()).padStart(2, '0')}.24`), monthFirst.value.text);
});
