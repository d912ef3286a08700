/**
 * One test per HIPAA Safe Harbor identifier category (45 CFR 164.514(b)(2)(i) (A)-(R)), on short synthetic
 * clinician texts with names, places and numbers invented for the test, and the over-redaction checks: diagnoses,
 * drugs, eponyms, ages under 90, doses and years on their own stay readable. A category passes when every
 * non-space character of the identifier is covered by a span (strict: the whole identifier, not a part of it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, reportedSpans, reportedSpansForPatient } from './detect.js';

function assertCovered(text: string, ...needles: string[]): void {
  const spans = reportedSpans(detectPhi(text));
  for (const needle of needles) {
    const at = text.indexOf(needle);
    assert.ok(at >= 0, `fixture lacks ${needle}`);
    for (let i = at; i < at + needle.length; i++) {
      if (/\s/.test(text[i] ?? '')) continue;
      assert.ok(spans.some((s) => s.start <= i && i < s.end), `"${needle}" not wholly covered in: ${text}`);
    }
  }
}

function assertUntouched(text: string): void {
  const spans = reportedSpans(detectPhi(text));
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), [], text);
}

test('(A) names: cue-less, with titles, initials and suffixes', () => {
  assertCovered('Jack Smith presented with chest pain.', 'Jack Smith');
  assertCovered('Seen with Dr. Jane Doe this morning.', 'Jane Doe');
  assertCovered('Carol C. reports better sleep.', 'Carol C');
  assertCovered('Patient: Holnash Nevrath. Follow up in clinic.', 'Holnash Nevrath');
  assertCovered('Oriel Marsted Jr. has an appointment on Monday.', 'Oriel Marsted Jr.');
  assertCovered('Spoke with her daughter Quillane about discharge.', 'Quillane');
});

test('(B) geographic units smaller than a state: streets, towns, ZIP codes, hospitals', () => {
  // The state is no unit smaller than a state: Safe Harbor keeps it.
  assertCovered('Lives at 676 Pine Ave, Lormont, GA 30695.', '676 Pine Ave', 'Lormont', '30695');
  assertCovered('Transferred from Johns Hopkins Hospital yesterday.', 'Johns Hopkins Hospital');
  assertCovered("Referred by Dr. Okafor of St. Mary's Medical Center for anemia.", "St. Mary's Medical Center");
  assertCovered('Discharged from Salem Memorial Hospital last week.', 'Salem Memorial Hospital');
  assertCovered('Labs from University of Wynrath Medical Center reviewed.', 'University of Wynrath Medical Center');
});

test('(C) dates and ages over 89', () => {
  assertCovered('Seen in clinic 17-Feb-2023 and again on 03/04/2023.', '17-Feb-2023', '03/04/2023');
  assertCovered('Admitted March 5, 2021; DOB 2019-01-12.', 'March 5, 2021', '2019-01-12');
  assertCovered('Kesgard Abernathy, 94-year-old, transferred today.', '94');
});

test('(C) ages over 89 in every wording, the whole ordinal included; ages under 90 and ages in days stay', () => {
  assertCovered('Now in his 97th year, he remains independent.', '97th');
  assertCovered('Celebrated her 100th birthday on the ward.', '100th');
  assertCovered('Planning her ninety-first birthday party.', 'ninety-first');
  assertCovered('Now 96, she lives alone with a carer.', '96');
  assertCovered('The patient, 91, lives alone.', '91');
  for (const [text, age] of [['A 93-year-old woman with a fall.', '93'], ['Aged 91, lives alone.', '91'], ['91 yo M with SOB.', '91'],
    ['Pt is 101 y/o, DNACPR.', '101'], ['Age: 94   Sex: F', '94'], ['94F with delirium.', '94'], ['A woman of 92 who walks daily.', '92'],
    ['He turned 90 last week.', '90']] as const) assertCovered(text, age);
  // Family history lines, a relative's age at death, age/sex after a slash, the age after a birth date.
  for (const [text, age] of [['FH: Father 91 and well. Mother (d. 96) of a stroke.', '91'], ['Mother (d. 96) of a stroke.', '96'],
    ['Triage: 95/F, fall at home.', '95'], ['DOB 1929, now 96, lives alone.', '96'], ['Nonagenarian (94), frail.', '94'],
    ['A centenarian, 101, admitted from home.', '101'], ['Despite being 93, he walks daily.', '93'], ['Mr. Doyle is 97 and alert.', '97'],
    ['Ms Lin is now 92.', '92'], ['An elderly man of 93 with a fall.', '93'], ['Her age (91) counts against surgery.', '91'],
    ['She died at the age of ninety-one.', 'ninety-one'], ['James (91) lives alone.', '91']] as const) assertCovered(text, age);
  assertUntouched('Sats being 95% on air; she is 95 kg.');
  assertUntouched('HR now 93, BP 95/60, father 95 kg.');
  assertUntouched('Baby aged 90 days, weight 5.8 kg, feeding well.');
  assertUntouched('An 89-year-old woman, aged 88 at her last review, walks with a stick.');
  assertUntouched('In the 95th centile for weight; the 99th percentile of the range.');
});

test('(C) ages over 89 said by the person, after turned, in age-sex slots and after a dash; bracketed numbers that are no age stay', () => {
  for (const [text, age] of [["I'm 94 and I do not want more tests.", '94'], ['I am 91 now and manage my tablets.', '91'],
    ['Recently turned 93, she has had two falls.', '93'], ['Triage: 97 F with confusion.', '97'], ['Mr Hale (94 M) admitted via ED.', '94'],
    ['Patient (94, female) admitted with a fall.', '94'], ['Age - 96, lives with son.', '96'], ['Age \u2013 92; NOK daughter.', '92'],
    ['Edith Okonkwo (94) lives alone.', '94']] as const) assertCovered(text, age);
  assertUntouched('Seen on Ward (94) this morning; obs stable.');
  assertUntouched('Temp: 94 F on arrival, rewarmed.');
  // Body temperatures in Fahrenheit are 95-105: a vital-signs label or the next vital sign says the F is a degree.
  for (const t of ['Vitals: 99 F, HR 88, BP 120/80.', 'Obs: 98 F, sats 97%.', 'BT: 99 F, no rigors.', 'VS (99 F, P 92) stable.']) assertUntouched(t);
  // A distance or a time after "I am" / "I'll be" is no age.
  assertUntouched('I am 100 metres from the pharmacy.');
  assertUntouched('I will be 90 minutes late.');
  assertUntouched('Sats (94, on 2L) improving; I am 94% sure of the plan.');
});

test('(D) telephone numbers', () => {
  assertCovered('Call her at (410) 555-0123 or 410-555-0199.', '(410) 555-0123', '410-555-0199');
});

test('(E) fax numbers', () => {
  assertCovered('Records faxed to fax 410-555-0144 today.', '410-555-0144');
});

test('(F) e-mail addresses', () => {
  assertCovered('Send results to perpetua.nakagawa@example.org please.', 'perpetua.nakagawa@example.org');
});

test('(G) social security numbers', () => {
  assertCovered('SSN 123-45-6789 verified.', '123-45-6789');
});

test('(H) medical record numbers, with and without a cue', () => {
  assertCovered('MRN: 93158990. Portal message (B123456789) about metformin.', '93158990', 'B123456789');
  assertCovered('Chart MRN-4421313 updated.', 'MRN-4421313');
  // A field label that is also a word ("RN" is a nurse too), and a hospital number with a letter.
  assertCovered('Pt: Ferdinand Osei   RN: 4402 7719   Adm: 12/02/2024', '4402 7719');
  assertCovered('Hospital No: H0098123   Ward: 6B', 'H0098123');
});

test('(I) health plan beneficiary numbers', () => {
  assertCovered('Insurance member ID HMO-234567 on file; plan 456123789.', 'HMO-234567', '456123789');
  // A bare label no list holds, with a five-digit value.
  assertCovered('Coverage ID: 58813. Prior auth pending.', '58813');
});

test('(J) account numbers', () => {
  assertCovered('Billing account 8843310275 closed.', '8843310275');
});

test('(K) certificate and licence numbers', () => {
  assertCovered('Prescriber licence MD177471 confirmed.', 'MD177471');
});

test('(L) vehicle identifiers and plates', () => {
  assertCovered('Vehicle plate AB1234 in the incident report.', 'AB1234');
});

test('(M) device identifiers and serial numbers', () => {
  assertCovered('Pacemaker serial number SN-40213377 checked.', 'SN-40213377');
});

test('(N) web URLs', () => {
  assertCovered('Results at https://portal.example-health.org/r/889123 today.', 'https://portal.example-health.org/r/889123');
});

test('(O) IP addresses', () => {
  assertCovered('Login from 10.23.145.7 noted.', '10.23.145.7');
});

test('(P) biometric identifiers, referred to by number', () => {
  assertCovered('Fingerprint ID 4481223 on the consent.', '4481223');
});

test('(Q) full-face photographs, referred to by number', () => {
  assertCovered('Photo ID 99881234 attached to the chart.', '99881234');
});

test('(R) any other unique identifying number or code', () => {
  assertCovered('Case number 2023-CV-1182 and ref # A12345 in the letter.', '2023-CV-1182', 'A12345');
});

test('over-redaction: eponyms, diagnoses, drugs, doses, ages under 90 and years on their own stay', () => {
  for (const text of [
    "72-year-old man with Parkinson's disease since 2019, on carbidopa-levodopa 25/100 mg three times daily.",
    "Crohn's disease diagnosed in 2015; Hodgkin lymphoma in remission.",
    'Positive Babinski and Chaddock signs on the right; Romberg negative.',
    'Prostate biopsy: Gleason score 3+4=7.',
    'Family history of Lou Gehrig disease and Alzheimer dementia.',
    'Tinel and Phalen tests positive at the wrist.',
    'Continue metformin 500 mg twice daily and atorvastatin 40 mg at night.',
    'Stevens-Johnson syndrome after lamotrigine; Guillain-Barre syndrome excluded.',
    'Tenderness at the left Achilles tendon insertion site. Returned from South Africa last month.',
    'Cytospin stained with Hansel\u2019s solution: 3% eosinophils.\nFSH: Normal\nLH: Normal',
    'The pain started 6 hours ago, is 8/10, and radiates to the back.',
    // Numbers beside label-like words that are measurements, codes or study registrations, not identifiers.
    'Billing code: 99214. Platelets: 250000. Reference range: 150000-400000.',
    'Trial: NCT04280705, arm B, cycle 3 day 1. Dose: 240 mg flat.',
    'CV: HR 80-90 SR. Vent settings: A/C 8X650X50. GU: U/O 40-80CC/HR.',
  ]) assertUntouched(text);
});

test('a bare year is reported in a patient record that carries other PHI, in any of its notes', () => {
  const texts = ['Hodgkin lymphoma in 2003, in remission.', 'Wife Quillane Marsted called; CABG 1992 noted.'];
  // Every year (`everyYear`): short lines like these read as letter-style, where lone years go anyway (letter-years.ts).
  const shown = reportedSpansForPatient(texts.map((t) => detectPhi(t, { everyYear: true })));
  assert.deepEqual(shown.map((sp, i) => sp.filter((s) => s.type === 'YEAR').map((s) => texts[i]?.slice(s.start, s.end))), [['2003'], ['1992']]);
  // The same PHI-free note alone keeps its year (Safe Harbor keeps years).
  const alone = reportedSpansForPatient([detectPhi(texts[0] ?? '', { everyYear: true })]);
  assert.deepEqual(alone, [[]]);
});
