/**
 * Tests of dropEponyms' PHI-free contexts (issue 14, tenth pass): medicines where a medicine is used, hospital services,
 * a grade letter after a named score, two-word eponyms, a term's head word; and that people in the same places stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropEponyms } from './eponyms.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectPhi } from './detect.js';
import type { PhiType } from './types.js';

const lex = getDefaultLexicon();
/** Whether a span over `word` in `text` (first occurrence) survives dropEponyms. */
const kept = (text: string, word: string, type: PhiType = 'NAME'): boolean => {
  const start = text.indexOf(word);
  return dropEponyms([{ start, end: start + word.length, type }], text, lex).length === 1;
};

test('a medicine named where a medicine is used is no one', () => {
  assert.equal(kept('Started Xifaxan last month; tolerating it well.', 'Xifaxan'), false);
  assert.equal(kept('Plan: continue Creon, recheck labs in 3 months.', 'Creon'), false);
  assert.equal(kept('Switched from Anoro to the generic.', 'Anoro', 'LOCATION'), false);
  assert.equal(kept('Glucose 14.2; switched from Januvia to Mounjaro 2.5 mg.', 'Mounjaro', 'LOCATION'), false);
  assert.equal(kept('Due for Shingrix and Prevnar 20.', 'Prevnar'), false);
  assert.equal(kept('Parkinson disease on Sinemet CR and Azilect.', 'Azilect'), false);
  assert.equal(kept('Allergies: Yasmin (rash).', 'Yasmin'), false);
  assert.equal(kept('Trelegy Ellipta one puff daily.', 'Trelegy Ellipta'), false);
});

test('a person in a medicine context keeps the name', () => {
  assert.equal(kept('Started Maria on insulin glargine.', 'Maria'), true);
  assert.equal(kept('Continue Dr. Okafor plan as discussed.', 'Okafor'), true);
  assert.equal(kept('Husband is taking Mary Jones to school.', 'Mary Jones'), true);
  assert.equal(kept('Discussed with Blake at the bedside.', 'Blake'), true);
});

test('hospital services are no one; practices named like them stay', () => {
  assert.equal(kept('Per Geriatrics, continue current plan.', 'Geriatrics'), false);
  assert.equal(kept('Seen by Colorectal Surgery today.', 'Colorectal'), false);
  assert.equal(kept('Discussed with Hepatobiliary Surgery; MDT Thursday.', 'Hepatobiliary Surgery', 'LOCATION'), false);
  assert.equal(kept('Dialysis at Savage Pediatrics MWF.', 'Savage Pediatrics', 'LOCATION'), true);
  assert.equal(kept('Clinic: Summit Sports Rehab, Boulder.', 'Summit Sports Rehab', 'LOCATION'), true);
  assert.equal(kept('She was seen at Pike Pediatrics last week.', 'Pediatrics', 'LOCATION'), true);
});

test('score letters, two-word eponyms and head words are no one', () => {
  assert.equal(kept('Weber B ankle fracture, in a boot.', 'B'), false);
  assert.equal(kept('Negative Denis Browne bar.', 'Denis Browne'), false);
  assert.equal(kept('Discussed Austin Flint murmur.', 'Austin Flint'), false);
  assert.equal(kept('Morse Fall Scale 55.', 'Scale'), false);
  assert.equal(kept('Had Mary Ogunleye sign the consent form.', 'Mary Ogunleye'), true);
});

test('a PHI-free text whose only other flags were eponyms gets no lone-word name', () => {
  assert.deepEqual(detectPhi("Known Asperger's syndrome. Started Xifaxan last month; tolerating it well."), []);
});

test('vehicle registrations after "Reg. no." are vehicles; a model number is no device identifier', () => {
  const t = 'Reg. no. AB12 CDE noted in the car park log.';
  assert.ok(detectPhi(t).some((s) => s.type === 'VEHICLE' && t.slice(s.start, s.end) === 'AB12 CDE'));
  assert.deepEqual(detectPhi('Model D384TRG dual-chamber ICD interrogated: normal function.'), []);
});

test('named scores with an opener or their value inside, and their look-alikes, are no one', () => {
  assert.equal(kept('Today Mallampati III, unchanged.', 'Today Mallampati III'), false);
  assert.equal(kept('Risk assessment: Hunt and Hess 2; plan per protocol.', 'Hess'), false);
  assert.equal(kept('QRISK3 14% on admission.', 'QRISK3', 'LOCATION'), false);
  assert.equal(kept('Seen by Rose Fisher 3 times this week.', 'Rose Fisher'), true);
  assert.deepEqual(detectPhi('Risk assessment: Montreal A2L3B1; plan as per protocol.'), []);
});

test('diseases with describing words between, and a genus after a culture cue, are no one', () => {
  assert.equal(kept('Assessment: Duchenne or Becker muscular dystrophy.', 'Becker'), false);
  assert.equal(kept('Assessment: Israeli tick typhus.', 'Israeli'), false);
  assert.equal(kept('Blood cultures grew Moraxella, sensitive to ceftriaxone.', 'Moraxella'), false);
  assert.equal(kept('Maria has Down syndrome.', 'Maria'), true);
  assert.equal(kept("Anna's hip fracture was fixed.", "Anna's"), true);
});

test('services with a modifier before the span are no one', () => {
  assert.equal(kept('Referral to Cardiac Rehab sent.', 'Cardiac', 'LOCATION'), false);
  assert.equal(kept('Seen by Home Health today.', 'Health', 'LOCATION'), false);
  assert.equal(kept('Visits from Mercy Home Health twice weekly.', 'Mercy Home Health', 'LOCATION'), true);
});

test('hospital areas, devices in use and applied dressings are no one', () => {
  assert.equal(kept('Taken to Theatre for a laparotomy.', 'Theatre', 'LOCATION'), false);
  assert.equal(kept('Patient uses a Dexcom G7 at home.', 'Dexcom'), false);
  assert.equal(kept('Aquacel Ag and Mepilex applied.', 'Mepilex'), false);
  assert.equal(kept('Mary applied for a blue badge.', 'Mary'), true);
  assert.equal(kept('MRI brain shows Dawson fingers.', 'Dawson'), false);
});

test('a describing word before a genus keeps it an organism', () => {
  assert.equal(kept('Assessment: Enteropathogenic Escherichia coli infection.', 'Enteropathogenic Escherichia'), false);
});

test('a medicine taken with meals or at bedtime is no one; a person with food is', () => {
  assert.equal(kept('Creon with meals.', 'Creon'), false);
  assert.equal(kept('Visited Mary with food.', 'Mary'), true);
});

test('a possessive eponym before clinical describing words, and a service after "Per" inside the span, are no one', () => {
  assert.equal(kept("Fuchs' endothelial dystrophy was confirmed.", 'Fuchs'), false);
  assert.equal(kept("Family history of Jansen's metaphyseal chondrodysplasia.", 'Jansen'), false);
  assert.equal(kept('Per General Surgery, continue current plan.', 'Per General Surgery', 'LOCATION'), false);
});

test('a professional body before its classification is no one', () => {
  assert.equal(kept('New York Heart Association class II on review.', 'York Heart'), false);
  assert.equal(kept('Meets American College of Rheumatology criteria.', 'American College'), false);
  assert.equal(kept('Mary Jones from the College of Nursing grade 2 staff.', 'Mary Jones'), true);
});

test('an eponymous protocol or technique, and a bedside test read as central, name no one; a titled name stays', () => {
  assert.equal(kept('Exercise test: Bruce protocol stage 3, 8.5 METs.', 'Bruce'), false);
  assert.equal(kept('Weber central, Rinne positive bilaterally.', 'Weber'), false);
  assert.equal(kept('Reviewed by Dr. Bruce protocol deviations.', 'Bruce'), true);
  assert.equal(kept('Mr Weber central line in situ.', 'Weber'), true);
});

test('a score known by its acronym or coined name, or in the plural, before its value is no ward or person', () => {
  assert.equal(kept('ASPECTS 9. NIHSS 6 on arrival, 2 at 24 hours.', 'NIHSS', 'LOCATION'), false);
  assert.equal(kept('Centor 4, FeverPAIN 4; penicillin V for 10 days.', 'FeverPAIN', 'LOCATION'), false);
  assert.equal(kept('GBS positive. Apgars 8 and 9. Birth weight 3.42 kg.', 'Apgars', 'LOCATION'), false);
  assert.equal(kept('Mrs Apgars 8 days post-op.', 'Apgars'), true);
});

test('a scale written as its value out of its maximum is no date and its name no one; a date after "seen" stays', () => {
  for (const text of ['AMTS 10/10, MMSE 28/30, Barthel 9/20, CFS 6/9.', 'Foot check: monofilament 10/10, vibration 8/8.',
    'Epworth 11/24, NEWS2 3/20, 4AT 0/12.']) assert.deepEqual(detectPhi(text), [], text);
  const seen = 'Seen 10/10 in clinic.';
  assert.ok(detectPhi(seen).some((s) => s.type === 'DATE' && seen.slice(s.start, s.end) === '10/10'));
});

test("a vaccine's maker before the vaccine word or its lot names no one; a person given a vaccine stays", () => {
  assert.deepEqual(detectPhi('Patient declined the Pfizer booster; Moderna offered instead.'), []);
  const lot = 'Pfizer lot: EK5730 given L deltoid.';
  assert.deepEqual(detectPhi(lot).map((s) => lot.slice(s.start, s.end)), ['EK5730']);
  const person = 'Gave Maria vaccine after lunch.';
  assert.ok(detectPhi(person).some((s) => person.slice(s.start, s.end) === 'Maria'));
});
