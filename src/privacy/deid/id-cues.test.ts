/**
 * Identifier cues and value shapes of the tenth session (deid-ids2): values written in dot- or space-joined groups, a
 * capitals prefix standing apart, further cue nouns (membership, staff, claim reference, chart #, registration), and
 * an age after a sentence-opening "At". One test per rule, each with a text that must stay untouched. Invented texts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, reportedSpans } from './detect.js';

function covered(text: string, needle: string): boolean {
  const spans = reportedSpans(detectPhi(text));
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  for (let i = at; i < at + needle.length; i++) {
    if (!/\s/.test(text[i] ?? '') && !spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}
const untouched = (text: string): void => assert.deepEqual(reportedSpans(detectPhi(text)).map((s) => text.slice(s.start, s.end)), [], text);

test('a cue value may be dot- or space-joined groups (patterns ID_VALUE)', () => {
  assert.ok(covered('MRN 07.200.423', '07.200.423'));
  assert.ok(covered('Claim reference JK 2103904', 'JK 2103904'));
  untouched('Group 2 patients were reviewed at 10.30.');
});

test('a capitals prefix stands apart before three digits, not before a count (patterns ID_VALUE)', () => {
  assert.ok(covered('Lic. no. XD 266039', 'XD 266039'));
  assert.ok(covered('His licence (no. PP 303956) was suspended.', 'PP 303956'));
  untouched('Member of 12 staff on the ward.');
});

test('membership, staff, identity card and claim reference numbers are cues (patterns ID_CUES)', () => {
  assert.ok(covered('Membership number JEP-3981-03.', 'JEP-3981-03'));
  assert.ok(covered('Staff number J84-292852', 'J84-292852'));
  assert.ok(covered('Identity card number OG.0758.77.', 'OG.0758.77'));
  assert.ok(covered('Claim reference 3464-7878', '3464-7878'));
  untouched('Staff were informed and the claim reference letter was sent.');
});

test('chart #, registration and certification numbers are cues (patterns ID_CUES)', () => {
  assert.ok(covered('Chart # 67.245.602', '67.245.602'));
  assert.ok(covered('Registration no T96.887.212 (pharmacist).', 'T96.887.212'));
  assert.ok(covered('Board certification no. D54.267.907', 'D54.267.907'));
  untouched('Registration was completed in 2019 and the chart reviewed.');
});

test('"At 93 he ..." opens on an age over 89 (identifiers AT_AGE_BEFORE)', () => {
  assert.ok(covered('At 93 he still manages his own medicines.', '93'));
  untouched('At 90 degrees he felt pain in the shoulder.');
  untouched('At 85 she still manages her own medicines.');
});

test('dot-joined values after a label word (identifiers GROUPS, international ID_TOKEN)', () => {
  assert.ok(covered('Passport BW.2119.04 on file.', 'BW.2119.04'));
  assert.ok(covered('Hospital ID: 09.253.628', '09.253.628'));
  assert.ok(covered('Loop recorder ID RQ666.5364 implanted.', 'RQ666.5364'));
  untouched('Passport renewed; hospital stay 2.5 days.');
});

test('a capitals prefix after a numbered label (international labelValue)', () => {
  assert.ok(covered('Stimulator serial: REZ 036945', 'REZ 036945'));
  assert.ok(covered('Loop recorder ID ECJ 533250 implanted.', 'ECJ 533250'));
  untouched('Record BP 120/80 and HR at the visit.');
});

test('"is"/"was" may stand between a cue and a value of four digits or more (patterns ID_VALUE)', () => {
  assert.ok(covered('Account no. is 7788 1122 33', '7788 1122 33'));
  untouched('The group was 12 patients; the account was settled.');
});

test('"s/n" and "ser. no." are device serial labels (international ID_LABEL, identifiers LABEL_WORDS)', () => {
  assert.ok(covered('Generator s/n: PJN 804512', 'PJN 804512'));
  assert.ok(covered('Ser No 44821-77', '44821-77'));
  untouched('S/N ratio 35 dB on the hearing test; ser 448212 ratio.');
});

test('licensure and cert. numbers are licence cues; "Ref. no." is a reference cue (patterns ID_CUES)', () => {
  assert.ok(covered('Licensure no. 448-122', '448-122'));
  assert.ok(covered('Cert. no. 448122', '448122'));
  assert.ok(covered('Ref. no. 448127', '448127'));
  untouched('Cert. of fitness given; licensure exams in 2025.');
});

test('"SN" before a number labels a serial number, so the device word before it is no name (words signatureName)', () => {
  assert.deepEqual(reportedSpans(detectPhi('Defibrillator SN 4481-2277-90 checked.')).map((s) => s.type), ['DEVICE']);
  assert.deepEqual(reportedSpans(detectPhi('Stimulator SN: REZ 036945 in situ.')).map((s) => s.type), ['DEVICE']);
  // A student nurse's signature keeps its name.
  assert.ok(covered('Seen by Paula Grant SN today.', 'Paula Grant'));
});
