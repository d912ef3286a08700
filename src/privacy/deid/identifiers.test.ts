import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';
import type { PhiType } from './types.js';

/** The detected pieces of a text, as "TYPE:text". */
function found(text: string): string[] {
  return detectPhi(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}
/** True when `piece` is covered by one detected span (of `type` when given). */
const covered = (text: string, piece: string, type?: PhiType): boolean => {
  const at = text.indexOf(piece);
  assert.ok(at >= 0, `${piece} not in text`);
  return detectPhi(text).some((s) => s.start <= at && s.end >= at + piece.length && (type === undefined || s.type === type));
};

test('a weekday joins a date with a month name, a year or a day-first day; nursing "Mon 3/4" keeps it out', () => {
  assert.ok(covered('Implanted Monday 4 March 2024 at the unit', 'Monday 4 March 2024', 'DATE'));
  assert.ok(covered('rebooked from Tuesday, March 5th to', 'Tuesday, March 5th', 'DATE'));
  assert.ok(covered('Clinic appt Wed 20/03.', 'Wed 20/03', 'DATE'));
  // The nursing style, in capitals or lower case, keeps its weekday out (as that gold draws it); a title-case weekday before
  // a month-first m/d joins it, as letters write it.
  assert.deepEqual(found('MON 3/4 PT STABLE'), ['DATE:3/4']);
  assert.deepEqual(found('family mtg monday 8/28'), ['DATE:8/28']);
  assert.ok(covered('will recheck Thursday 11/21. Thanks', 'Thursday 11/21', 'DATE'));
  assert.ok(covered('fever since Tues, 2/13/24', 'Tues, 2/13/24', 'DATE'));
  assert.deepEqual(found('PS 10/5 Mon 10-5 dose'), []);
});

test('spelled ordinal days, day ranges, apostrophe years, year-first month names and European month names are dates', () => {
  assert.ok(covered('Date of death: the third of March, 2024, 23:40', 'third of March, 2024', 'DATE'));
  assert.ok(covered('Study date: March 4-5, 2024', 'March 4-5, 2024', 'DATE'));
  assert.ok(covered('away 4-8 March 2024', '4-8 March 2024', 'DATE'));
  assert.ok(covered("Seen on 4 Mar '24 for retention", "4 Mar '24", 'DATE'));
  assert.ok(covered('Collected 2024-Mar-04', '2024-Mar-04', 'DATE'));
  assert.ok(covered('nata il 5 marzo 1931', '5 marzo 1931', 'DATE'));
  assert.ok(covered('Subject: referral 5.3.24', '5.3.24', 'DATE'));
  assert.ok(covered('krank vom 4.3. bis 15.3. bitte', '15.3.', 'DATE'));
});

test('date shapes leave counts, versions and verbs alone', () => {
  assert.deepEqual(found('take 1-2 may help; protocol v2.3.10; K 4.3. Next'), []);
  assert.deepEqual(found('Follow-up at 3, 6 and 12 months; 3-4 days of fever'), []);
});

test('ages over 89 in words are ages; under 90 and "nonagenarian" are not', () => {
  assert.ok(covered('This ninety-one-year-old lady', 'ninety-one', 'AGE'));
  assert.ok(covered('She is aged ninety three.', 'ninety three', 'AGE'));
  assert.ok(covered('one hundred and two years old', 'one hundred and two', 'AGE'));
  assert.deepEqual(found('an eighty-nine-year-old nonagenarian-like frailty'), []);
});

test('unit, flat, suite and sector numbers, whole PO boxes and floor-door marks are addresses', () => {
  assert.ok(covered('Address: Flat No. 12, Sector 15, Noida 201301', 'Flat No. 12', 'LOCATION'));
  assert.ok(covered('Address: Flat No. 12, Sector 15, Noida 201301', 'Sector 15', 'LOCATION'));
  assert.ok(covered('88 Rideau Street, Suite 400, Ottawa', 'Suite 400', 'LOCATION'));
  assert.ok(covered('Patient lives at PO Box 418, Alice Springs', 'PO Box 418', 'LOCATION'));
  assert.ok(covered('Unit 3, 45 King St', 'Unit 3', 'LOCATION'));
  assert.deepEqual(found('admitted to Unit 4B for observation'), []);
  assert.ok(covered('Calle de Alcala 120, 4\u00ba B, 28009 Madrid', '4\u00ba B', 'LOCATION'));
  // Temperatures, counts and blood units stay.
  assert.deepEqual(found('Temperature 36.8\u00b0C (98.2\u00b0F); 2 units given; Unit number: pending'), []);
});

test('streets without a number and European street forms are addresses; clinical phrases are not', () => {
  assert.ok(covered('booked at our Wexford Road site', 'Wexford Road', 'LOCATION'));
  assert.ok(covered('Hauptstrasse 12, 10115 Berlin', 'Hauptstrasse 12', 'LOCATION'));
  assert.ok(covered('Adresse: 14 rue des Lilas, 69003 Lyon', '14 rue des Lilas', 'LOCATION'));
  assert.ok(covered('Indirizzo: Via Garibaldi 22, 20121 Milano', 'Via Garibaldi 22', 'LOCATION'));
  assert.deepEqual(found('Respiratory drive intact; via NG tube 200 mL; Silk sutures'), []);
});

test('towns are found by their postcode or facility: UK, Irish, Australian, Indian, European, North American', () => {
  assert.ok(covered('12 Acacia Avenue, Harrogate HG1 5DP', 'Harrogate', 'LOCATION'));
  assert.ok(covered('Eircode: D02 X285', 'D02 X285', 'ZIP'));
  assert.ok(covered('Unit 7/42 Wattle Street, Parramatta NSW 2150', 'Parramatta', 'LOCATION'));
  assert.ok(covered('Unit 7/42 Wattle Street, Parramatta NSW 2150', '2150', 'ZIP'));
  assert.ok(covered('Unit 7/42 Wattle Street, Parramatta NSW 2150', 'Unit 7/42 Wattle Street'));
  assert.ok(covered('Aadhaar on file, Thrissur, Kerala 680001', 'Thrissur', 'LOCATION'));
  assert.ok(covered('Aadhaar on file, Thrissur, Kerala 680001', '680001', 'ZIP'));
  assert.ok(covered('Hauptstrasse 12, 10115 Berlin', '10115', 'ZIP'));
  assert.ok(covered('Hauptstrasse 12, 10115 Berlin', 'Berlin', 'LOCATION'));
  assert.ok(covered('Implanted at St Brigid\'s Hospital, Galway.', 'Galway', 'LOCATION'));
  assert.ok(covered('Bayside Orthopaedics, 2100 Harbor Blvd, Costa Mesa, CA 92627-1804', 'Costa Mesa', 'LOCATION'));
  // A department after a facility, a dose after a comma and a count after a state word stay.
  const pieces = found('Seen in the Royal Hospital, Cardiology. Dose 5, 10115 units total. Entered 10/22/03, 1900 Neuro: sedated.');
  assert.ok(!pieces.some((p) => /Cardiology|10115|1900|Neuro/.test(p)), pieces.join('|'));
});

test('identifier values after national labels, in spaced, slashed and lettered groups', () => {
  assert.ok(covered('Aadhaar 2345 6789 0123, Thrissur', '2345 6789 0123', 'HEALTH_PLAN'));
  assert.ok(covered('serial no. PJN 804512 S, lead lot 24A-7731/B', 'PJN 804512 S', 'DEVICE'));
  assert.ok(covered('Vaccine: Shingrix, lot 3A52-XY, exp', '3A52-XY', 'DEVICE'));
  assert.deepEqual(found('Implant UDI WF8-38162-O recorded.'), ['DEVICE:WF8-38162-O']);
  assert.ok(covered('Pt (90M), hosp no RX1 448 2210: T2N0M0 cancer', 'RX1 448 2210'));
  assert.ok(covered('Patient ID: SLP/2024/00391 Study date', 'SLP/2024/00391'));
  assert.ok(covered('UHID AIIMS/2024/558120 Contact', 'AIIMS/2024/558120'));
  assert.ok(covered('Policy no.: ES-SAN 0098 4471 22 Address', 'ES-SAN 0098 4471 22'));
  assert.ok(covered('Medicare No: 2123 45670 1 Admitted', '2123 45670 1'));
  assert.ok(covered('Acct No: A-55-10293 billing', 'A-55-10293', 'ACCOUNT'));
  assert.deepEqual(found('Account of events: 2 falls in 3 days'), []);
});

test('label rules leave vital signs, treatments, all-capitals sentences and short counts', () => {
  assert.deepEqual(found('Vital Signs: Pre-rx: 148/60 77 28 99% post-rx: 140/60'), []);
  assert.deepEqual(found('PICC SINCE 7/30 NOTED. LABS=BUN/CREAT 38/2.3'), ['DATE:7/30']);
  assert.deepEqual(found('Rx: Gentle passive ROM. PATIENT ON 2L NC, HR 80 110. Lot C parking. Case 1 of 3.'), []);
});

test('clinical shorthand stays: UK durations, visual acuity, code-system values, TNM stages', () => {
  assert.deepEqual(found('2/52 history of cough, 3/7 of fevers. Review in 6/52. 1/12 hx of rash.'), []);
  assert.deepEqual(found('Visual acuity 6/12 right, 6/9 left; VA 20/40 OU.'), []);
  assert.deepEqual(found('SNOMED CT concept 49436004. NDC 0002-8215-01. LOINC 4548-4.'), []);
  assert.deepEqual(found('Staged T2N0M0 adenocarcinoma.'), []);
  // The same shapes as dates and identifiers where nothing marks them as shorthand.
  assert.ok(covered('seen on 3/12 in clinic', '3/12', 'DATE'));
  assert.ok(covered('Ottawa ON T2N 0M0', 'T2N 0M0', 'ZIP'));
  assert.ok(covered('Member ID 49436004 on file', '49436004'));
});

test('ages over 89 as a decade or a relative\'s age, and a ZIP after its label; vitals and weights stay', () => {
  assert.ok(covered('She is in her 90s and lives alone.', '90s', 'AGE'));
  assert.ok(covered('a man in his late nineties', 'nineties', 'AGE'));
  assert.ok(covered('Wife is 93, husband 88.', '93', 'AGE'));
  assert.ok(covered('her sister Graziella (94) agrees', '94', 'AGE'));
  assert.ok(covered('Zip code: 02139-4307', '02139-4307', 'ZIP'));
  assert.deepEqual(found('sats in the 90s all day; father is 95 kg; mother 98.6 F'), []);
  assert.deepEqual(found('husband 88, wife 85'), []);
});

test('a Snellen fraction followed by "with" is acuity only with glasses or correction', () => {
  assert.deepEqual(found('VA 6/9 with glasses'), []);
  assert.ok(covered('Admitted 3/7 to 3/9 with pneumonia.', '3/9', 'DATE'));
});

test('national identifier and licence labels take their value; a dashed pair after "ID" is an identifier, not a range', () => {
  assert.ok(covered('Transferred; personnummer 19520314-5521.', '19520314-5521', 'ID'));
  assert.ok(covered('Lic #: RN 884213', 'RN 884213', 'LICENSE'));
  assert.ok(covered('Pt ID 4421-993', '4421-993', 'ID'));
  assert.deepEqual(found('PT NO 130-140 today. PT TO HAVE LIC CHECK'), []);
});

test('SSNs after their label in any separator style, in part ("ending in 6789") or masked; not a bare four-digit count', () => {
  assert.ok(covered('Social Security No. 123 45 6789 on file.', '123 45 6789', 'SSN'));
  assert.ok(covered('Insured\u2019s SSN 123\u201345\u20136789, spouse', '123\u201345\u20136789', 'SSN'));
  assert.ok(covered('soc sec no 123456789', '123456789'));
  assert.ok(covered('Verified with SSN ending in 6789 and DOB', '6789', 'SSN'));
  assert.ok(covered('SSN last 4 6789', '6789', 'SSN'));
  // Seventeenth pass: the masked groups belong to the number as the letters' gold draws it (the never-opened letters3-9 gained one).
  assert.deepEqual(found('SSN xxx-xx-6789 (masked)'), ['SSN:xxx-xx-6789']);
  assert.deepEqual(found('Class 4 lesions, 6789 cells counted'), []);
});

test('ages over 89 in other wordings are ages; Safe Harbor\u2019s own "90 or older" category is not', () => {
  assert.ok(covered('Mother is alive at 98 with dementia.', '98', 'AGE'));
  assert.ok(covered('He\u2019s 93 and lives alone.', '93', 'AGE'));
  assert.ok(covered('Pt F 91 presenting with chest pain', '91', 'AGE'));
  assert.deepEqual(found('she\u2019s 94 on 2 L'), []);
  assert.deepEqual(found('patients aged 90 or older are pooled; ages 90 years and over; aged 90+'), []);
});

test('a month with a two-digit year is a date; MAC addresses and IMEIs are device identifiers', () => {
  assert.ok(covered('Mammogram Dec-90 was BI-RADS 2.', 'Dec-90', 'DATE'));
  assert.ok(covered("last seen March '24 in clinic", "March '24", 'DATE'));
  assert.ok(covered('Monitor MAC 6F:AF:93:96:71:54 paired', '6F:AF:93:96:71:54', 'DEVICE'));
  assert.ok(covered('Phone IMEI 490154203237518 registered', '490154203237518', 'DEVICE'));
  assert.deepEqual(found('ABG 7.35/45/80 at 12:30:45'), []);
});

test('ages over 89 after age labels, sex shorthand, a titled name or a birth date, and sentence-opening "At 93,"', () => {
  for (const [t, a] of [['93yF with CHF', '93'], ['Seen: F/93 with cough', '93'], ['age at death 94', '94'], ['Age (years): 93', '93'],
    ['a man of 93', '93'], ['At 93, she still gardens.', '93'], ['at the age of 93', '93'], ['DOB 1925 (99)', '99'],
    ['Mr. Okafor (93) lives alone.', '93'], ['she is now 94', '94'], ['Pt. is 93.', '93'], ['He is 90.', '90']] as const) {
    assert.ok(covered(t, a, 'AGE'), t);
  }
  for (const t of ['Dr. Smith (95 beds)', 'At 94, sats dropped', 'pt is now 94% on RA', 'F/U in 92 days', 'she was 94 on RA', 'patient was 90 minutes late']) assert.deepEqual(found(t).filter((s) => s.startsWith('AGE')), [], t);
});

test('a second ordinal day joined to a dated one is a date too', () => {
  assert.ok(covered('Clinic on March 9th and 10th only.', '10th', 'DATE'));
  assert.ok(covered('Seen 10th and 11th of March.', '10th', 'DATE'));
  assert.deepEqual(found('ranked 9th and 10th in the class'), []);
});

test('day ranges "through", unpadded ISO dates and "January third" are dates; "may first" and "the third of the" are not', () => {
  assert.ok(covered('Away Feb. 13 through 17 this year', 'Feb. 13 through 17', 'DATE'));
  assert.ok(covered('On 2024-3-3 she fell', '2024-3-3', 'DATE'));
  assert.ok(covered('Surgery january third.', 'january third', 'DATE'));
  assert.deepEqual(found('you may first try this; the third of the patients'), []);
});

test('tenth pass: ages over 89 after "turning" or a sex that opens a triage line; not turns of 90 degrees or a temperature', () => {
  const ages = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'AGE').map((s) => t.slice(s.start, s.end));
  assert.deepEqual(ages('He is turning 91 next week.'), ['91']);
  assert.deepEqual(ages('F, 94, admitted via ED.'), ['94']);
  assert.deepEqual(ages('Turning 90 degrees causes pain.'), []);
  assert.deepEqual(ages('Temp 101 F, 94% on RA.'), []);
});

test('tenth pass: a UK registration right after "reg" is a vehicle', () => {
  const t = 'Driving a grey car, reg YA19 KXZ.';
  assert.ok(detectPhi(t).some((s) => s.type === 'VEHICLE' && t.slice(s.start, s.end) === 'YA19 KXZ'));
});
