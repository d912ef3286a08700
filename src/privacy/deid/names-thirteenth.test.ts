/**
 * Names, organisations and places of the thirteenth pass of issue 14 (deid-names): a job's workplace, specialty and
 * works heads, numbered streets, a relative's English-word surname in a lower-case note, whole organisation names
 * (and/&, "Hospital of the", legal forms, "for Children", NHS trusts), secondary units, towns before a ZIP or a
 * postcode, initials after a title, given-name words before a person's verb, clinical roles as titles. Each rule with
 * a case it must find and one it must leave. Every name and place here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('a job then "at" is a work slot; a generic place after it is not', () => {
  assert.ok(has('He was a machinist at Bath Iron Works for thirty years.', 'Bath Iron Works'));
  assert.deepEqual(pieces('She was a no-show at Cardiology twice.'), []);
  assert.ok(has('She is a nurse at Riverside Hospital.', 'Riverside Hospital'));
  assert.deepEqual(pieces('This is a concern at Discharge.'), []);
});

test('a specialty or works head after a place preposition names a practice; a subspecialty does not', () => {
  assert.ok(has('Seen at Summit Orthopedics last year.', 'Summit Orthopedics'));
  assert.ok(has('Outside MRI from Touchstone Imaging shows a disc bulge.', 'Touchstone Imaging'));
  assert.deepEqual(pieces('Referred to Radiation Oncology.'), []);
  assert.deepEqual(pieces('Referred to Consult Liaison Psychiatry.'), []);
  assert.deepEqual(pieces('Referred to Cardiac Rehab.'), []);
});

test('a numbered street with no house number is a place; an ordinal before other words is not', () => {
  assert.ok(has('She lives on 3rd Street near the park.', '3rd Street'));
  assert.ok(has('hi the rx is at the store on 5th ave, ready now', '5th ave'));
  assert.deepEqual(pieces('Came 1st place in the race.'), []);
  assert.deepEqual(pieces('her 2nd road traffic collision this year'), []);
  assert.deepEqual(pieces('the first way to treat it'), []);
});

test('in a lower-case note a relative\'s surname that is a word joins the given name before a person verb', () => {
  assert.ok(has('daughter rita hickey called, wants update', 'rita hickey'));
  assert.ok(!pieces('son jim just called re plan').some((p) => p.includes('just')));
});

test('an organisation\'s whole name: and/&, "Hospital of the", legal forms, "for Children"', () => {
  assert.ok(has('Seen at the University of Iowa Hospitals and Clinics.', 'University of Iowa Hospitals and Clinics'));
  assert.ok(has('Discharged to Golden Years Nursing and Rehabilitation Center.', 'Golden Years Nursing and Rehabilitation Center'));
  assert.ok(has('Records from Hospital of the University of Pennsylvania.', 'Hospital of the University of Pennsylvania'));
  assert.ok(has('From Riverside Pediatrics, LLC today.', 'Riverside Pediatrics, LLC'));
  assert.ok(has('He was treated at Shriners Hospitals for Children.', 'Shriners Hospitals for Children'));
  assert.ok(has('He went to Riverside Hospital and then home.', 'Riverside Hospital'));
});

test('a secondary unit and its street are one address; a town after the street stays apart', () => {
  assert.ok(has('Address: Flat 3, 21 Carnegie Street, Leeds', 'Flat 3, 21 Carnegie Street'));
  assert.ok(has('Office at 300 Mill Pond Road, Suite 210.', '300 Mill Pond Road, Suite 210'));
  assert.ok(has('Address: 88 Maple Ave, Unit 3, Toronto', '88 Maple Ave, Unit 3'));
  assert.ok(!pieces('Lives at 12 Oak Lane, Salem, OR 97301').some((p) => p.includes('Lane, Salem')));
});

test('a ZIP or a postcode after the state makes a town of a clinical-list word; a state written out alone does not', () => {
  assert.ok(has('Lives in Salem, OR 97301.', 'Salem'));
  assert.ok(has('Address: 14 Elm Grove, Bristol BS6 7QT', 'Bristol'));
  assert.deepEqual(pieces('Plan: Foley, Texas'), []);
  assert.deepEqual(pieces('Bristol 4 on the stool chart.'), []);
});

test('initials between a title and a surname belong to the name in mixed case', () => {
  assert.ok(has('Seen by Dr A Jones today.', 'A Jones'));
  assert.ok(has('Letter from Dr. A. B. Okoro', 'A. B. Okoro'));
  assert.ok(has('Consultant: Mr K Oduya', 'K Oduya'));
  assert.deepEqual(pieces('Dr A. Then we left.'), []);
});

test('a given name that is a word opens a sentence before a person\'s verb; other words there do not', () => {
  assert.ok(has('Grace came in today with a cough.', 'Grace'));
  assert.ok(has('Blessing is a 3-year-old girl.', 'Blessing'));
  // Review: a word for a kind of person, or a word that points into the document, names no one there.
  for (const w of ['Veteran', 'Student', 'Caller', 'Teenager', 'Adolescent', 'Newborn', 'Below', 'Attached', 'Summary', 'Case', 'Referral', 'Someone']) {
    assert.deepEqual(pieces(`${w} is a 45-year-old with chest pain.`), [], w);
  }
  assert.deepEqual(pieces('Patient came in today.'), []);
  assert.deepEqual(pieces('Mother called back.'), []);
});

test('a clinical role written as a title before a name; a specialist\'s title after it is no name', () => {
  assert.ok(has('Discussed with on-call registrar Emeka.', 'Emeka'));
  assert.ok(has('His key worker Benedikt helps with meds.', 'Benedikt'));
  assert.deepEqual(pieces('Seen by the Consultant Gastroenterologist.'), []);
  assert.deepEqual(pieces('Pharmacist Review completed.'), []);
  // A surname that ends like a specialist's title is still a name (review of the thirteenth pass).
  assert.ok(has('Pharmacist Feist reviewed the chart.', 'Feist'));
  assert.ok(has('Consultant Nyquist reviewed.', 'Nyquist'));
  assert.deepEqual(pieces('Consultant Intensivist reviewed the chart.'), []);
});

test('a nickname in quotes inside a name is part of it; a quoted nickname alone stays alone', () => {
  assert.ok(has('Robert "Bobby" Kowalczyk attended.', 'Robert "Bobby" Kowalczyk'));
  assert.ok(!pieces('Seen with Robert "Bobby" today.').some((p) => p.includes('"')));
});
