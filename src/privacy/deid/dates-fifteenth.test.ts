/**
 * Fifteenth session (deid-dates): one test per date format class the detector must cover whole, per false-date class it
 * must leave, and per PHI-free trap class of over-redaction. Invented sentences only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { shiftDateText } from './dates.js';

const found = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));
const dates = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'DATE').map((s) => text.slice(s.start, s.end));

test('numeric dates: / - . separators, month or day first, two- and four-digit years, with and without a year', () => {
  assert.deepEqual(dates('Admitted on 03/14/2024 with chest pain.'), ['03/14/2024']);
  assert.deepEqual(dates('Admitted on 14/03/24 with chest pain.'), ['14/03/24']);
  assert.deepEqual(dates('Discharged 3-14-2024; follow-up in 2 weeks.'), ['3-14-2024']);
  assert.deepEqual(dates('Date of surgery 14.03.2024.'), ['14.03.2024']);
  assert.deepEqual(dates('He last attended on 3/14.'), ['3/14']);
});

test('an ISO date-time is one span with its time', () => {
  assert.deepEqual(dates('Admitted on 1978-10-27T09:24 with chest pain.'), ['1978-10-27T09:24']);
  assert.deepEqual(dates('Collected 2024-03-05T13:37:00Z.'), ['2024-03-05T13:37:00Z']);
  // The surrogate shifts its date and keeps its time.
  assert.equal(shiftDateText('2024-03-05T13:37:00Z', 10), '2024-03-15T13:37:00Z');
  assert.equal(shiftDateText('2024-03-05', 10), '2024-03-15');
});

test('ISO and year-first dates', () => {
  assert.deepEqual(dates('Sample taken 2024-03-14 08:10.'), ['2024-03-14']);
  assert.deepEqual(dates('Seen on 2024/03/14.'), ['2024/03/14']);
});

test('month names and abbreviations in every order, ordinal suffixes inside the span', () => {
  assert.deepEqual(dates('Seen on 3 Mar 2024 in clinic.'), ['3 Mar 2024']);
  assert.deepEqual(dates('Seen on March 3rd, 2024 in clinic.'), ['March 3rd, 2024']);
  assert.deepEqual(dates('Seen on 3rd of March in clinic.'), ['3rd of March']);
});

test('hyphenated month dates, the year two or four digits (Mar-03-24, 17-Feb-2023)', () => {
  assert.deepEqual(dates('He last attended on Jun-26-81.'), ['Jun-26-81']);
  assert.deepEqual(dates('DOB: Jan-08-00'), ['Jan-08-00']);
  assert.deepEqual(dates('Colonoscopy performed 17-Feb-2023, no polyps.'), ['17-Feb-2023']);
});

test('spelled ordinal days keep their article: "the fifth of June"', () => {
  assert.deepEqual(dates('Admitted on the eighth of May with chest pain.'), ['the eighth of May']);
  assert.deepEqual(dates('Discharged the twenty-seventh of July; follow-up in 2 weeks.'), ['the twenty-seventh of July']);
});

test('a spelled ordinal after its month, hyphenated: "June twenty-fourth"', () => {
  assert.deepEqual(dates('He last attended on June twenty-fourth.'), ['June twenty-fourth']);
});

test('month and year, with a full or an apostrophe year', () => {
  assert.deepEqual(dates('Colonoscopy March 2024, clear.'), ['March 2024']);
  assert.deepEqual(dates("Last seen Mar '24 in clinic."), ["Mar '24"]);
});

test('a weekday joins its date, abbreviated as Weds too', () => {
  assert.deepEqual(dates('She was seen on Weds 05/27/69 and started on metformin.'), ['Weds 05/27/69']);
  assert.deepEqual(dates('Date of surgery Weds 13 Feb.'), ['Weds 13 Feb']);
  assert.deepEqual(dates('Appointment: Tuesday, 5 March 2024 at 10:30.'), ['Tuesday, 5 March 2024']);
});

test('ranges: a day range with its month, and both ends of "from m/d to m/d"', () => {
  assert.deepEqual(dates('Away from 3-5 March.'), ['3-5 March']);
  assert.deepEqual(dates('Inpatient from 1/1 to 1/3.'), ['1/1', '1/3']);
});

test('pairs: two day-first dates after "seen on", a lone day after a month-name date and "and"', () => {
  assert.deepEqual(dates('Seen on 13/11 and 19/11 by the team.'), ['13/11', '19/11']);
  assert.deepEqual(dates('Scans on August 2 and 6.'), ['August 2', '6']);
  // A count after "and" stays a count: "March 2 and 3 times a week", "May 2 and 3 mg".
  assert.deepEqual(dates('Seen March 2 and 3 times a week.'), ['March 2']);
  assert.deepEqual(dates('Given on May 2 and 3 mg daily.'), ['May 2']);
});

test('month spans and day lists: "January to March 2024", "Jan–Mar 2024", "3, 4 and 5 March", "the 5th March"', () => {
  assert.deepEqual(dates('Off work January to March 2024.'), ['January', 'March 2024']);
  assert.deepEqual(dates('Admitted Jan\u2013Mar 2024.'), ['Jan', 'Mar 2024']);
  assert.deepEqual(dates('Seen 3, 4 and 5 March.'), ['3', '4', '5 March']);
  assert.deepEqual(dates('Seen on the 5th March.'), ['the 5th March']);
  // Lower-case may and march are verbs; counts before a unit stay.
  assert.deepEqual(dates('Symptoms may and march on. The patient may or may not attend. Took 1, 2 and 3 mg.'), []);
});

test('false dates stay: doses, blood pressure, strength, murmur, pain, intervals, counts out of a total', () => {
  for (const t of ['Take 1/2 tab at night.', 'BP 120/80, HR 72.', 'Power 4/5 in the left arm.', 'A 2/6 systolic murmur at the left sternal edge.',
    'Pain score 7/10 on arrival.', 'Paracetamol 1 g q4-6h as needed.', 'Stage T3N0M0; 4/15 nodes positive.', 'Walks 2-5 blocks; 3/5 days of the week.',
    'Software version 2.1.3 installed on the pump.', 'Reflexes 2+ throughout, 2/5 findings positive.']) assert.deepEqual(dates(t), [], t);
  // A date word before keeps a date before a counted noun: "no growth from 8/29 cultures".
  assert.deepEqual(dates('NO GROWTH SO FAR FROM 8/29 CULTURES.'), ['8/29']);
});

test('PHI-free traps: eponyms before a staging word or an implant are no one', () => {
  assert.deepEqual(found('Assessment showed Ann Arbor stage IIA.'), []);
  assert.deepEqual(found('On examination: Clark level IV; Rockall score 4.'), []);
  assert.deepEqual(found('The Austin Moore hemiarthroplasty was removed without complication.'), []);
  // A title still makes a person: "Dr Clark" stays a name.
  assert.ok(found('Seen by Dr Clark, level 4 ward.').some((s) => s.includes('Clark')));
});

test('PHI-free traps: a maker, person or town before a device noun names the device', () => {
  assert.deepEqual(found('She uses a Dexcom G7 sensor and checks it daily.'), []);
  assert.deepEqual(found('Medtronic Azure pacemaker in situ.'), []);
  assert.deepEqual(found('A Philadelphia collar was fitted.'), []);
  // Where someone lives or comes from stays a place.
  assert.ok(found('She moved to Philadelphia last year.').some((s) => s === 'Philadelphia'));
});

test('PHI-free traps: a generic clinic, centre or unit named by what it treats is a service', () => {
  assert.deepEqual(found('Referred to the Diabetes Centre for assessment.'), []);
  assert.deepEqual(found('Funding via Sexual Health Clinic has been requested.'), []);
  assert.deepEqual(found('Walk-in Centre will follow up.'), []);
  // A clinic with a place's or a person's name stays: "Riverside Clinic".
  assert.ok(found('Referred to the Riverside Clinic for assessment.').length > 0);
});

test('PHI-free traps: ages under 90 and doses stay; a year alone is only a YEAR, reported per record', () => {
  assert.deepEqual(detectPhi('Diagnosed with type 2 diabetes in 2009. A 67-year-old woman. Metformin 500 mg BD.').filter((s) => s.type !== 'YEAR'), []);
  assert.deepEqual(found('A 67-year-old woman. Metformin 500 mg BD, aged 84.'), []);
});
