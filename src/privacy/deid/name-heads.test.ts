/**
 * Names in a message's head and a record's name field (name-heads.ts, issue 14, deid-lnames): the addressee that opens
 * a message, a surname-first field (also in capitals), and the parts of one name left apart. Each with a case it must
 * find and one it must leave. The names are invented and held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { detectHeadActor, detectHeadSubject } from './name-heads.js';
import { getDefaultLexicon } from './lexicon.js';
import { found, has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['velunka', 'quorvash', 'oderino', 'tamsk', 'brivenna', 'zhalmor']) assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w), w);
});

test('the addressee opening a message is a name', () => {
  assert.ok(has('Velunka - can you chase the potassium for bed 4 today?', 'Velunka', 'NAME'));
  assert.ok(has('Velunka, re the warfarin dose: please hold tonight.', 'Velunka', 'NAME'));
  assert.ok(has('Brivenna (07700 900418) rang about the dressing clinic.', 'Brivenna', 'NAME'));
  assert.ok(has('Hi Brivenna - the fax went through.', 'Brivenna', 'NAME'));
});

test('a clinical word or a finding opening a sentence is no addressee', () => {
  assert.deepEqual(pieces('Atraumatic, otherwise well.'), []);
  assert.deepEqual(pieces('Extubated - weaned to room air overnight.'), []);
  assert.deepEqual(pieces('Ambulating, please encourage fluids.'), []);
  assert.deepEqual(pieces('Handover: bed 3 stable, obs every four hours.'), []);
  assert.deepEqual(pieces('Apixaban - continue at the same dose.'), []);
  assert.deepEqual(pieces('Dapagliflozin - hold while unwell.'), []);
});

test('a surname-first name field takes its given part and the comma between', () => {
  assert.ok(has('Referral: Oderino Quorvash, Velunka - left knee pain for review.', 'Oderino Quorvash, Velunka', 'NAME'));
  assert.ok(has('Flu vaccine: Zhalmor Oderino, Brivenna, lot AB1234, given left deltoid.', 'Zhalmor Oderino, Brivenna', 'NAME'));
  assert.ok(has('Lab: QUORVASH, T 119402 collected 08:10.', 'QUORVASH, T', 'NAME'));
  assert.ok(has('The wristband reads: "ZHALMOR, BRIVENNA - ALLERGIC TO PENICILLIN".', 'ZHALMOR, BRIVENNA', 'NAME'));
});

test('headings in capitals and an address after a name stay readable', () => {
  assert.deepEqual(pieces('Note: CHEST PAIN, SOB - resolved.'), []);
  assert.deepEqual(pieces('Seen: HTN, DM 2 - stable.'), []);
  assert.ok(!found('Ms Brivenna Quorvash, Flat 12, the ward team will call.').some((p) => p.startsWith('NAME:') && p.includes('Flat')));
});

test('the parts of one name join across a particle, a hyphened syllable and an unlisted neighbour', () => {
  assert.ok(has('Tandem pump (SN 1188402) for Ciarán Ó Velunka: TIR 62%, 4 hypos.', 'Ciarán Ó Velunka', 'NAME'));
  assert.ok(has('Chang-ho Kim, 91, from Velunka Manor.', 'Chang-ho Kim', 'NAME'));
  assert.ok(has('Phone call from son Rob-who states he will visit.', 'Rob', 'NAME'));
  assert.ok(!pieces('Physio: Brivenna Quorvash, ankle strapping.').some((p) => p.startsWith('Physio')));
});

test('a roster entry after a bed number or an appointment time is a name when the list names people', () => {
  assert.ok(has('Ward list: bed 4 Velunka, bed 5 Quorvash - falls risk. Dr Smith on call.', 'Velunka', 'NAME'));
  assert.ok(has('Clinic 09:00 Brivenna 09:15 Zhalmor, Dr Jones.', 'Zhalmor', 'NAME'));
  assert.deepEqual(pieces('bed 3 Stable overnight, obs every four hours.'), []);
  assert.ok(!pieces('08:00 Tazocin given. Dr Smith aware.').includes('Tazocin'));
});

test('a ward board: two bed places or more, each with its patient, names them with no name found elsewhere', () => {
  assert.ok(has('Ward 9 board: bed 1 Quorvash, bed 2 Zhalmor-Tenby, bed 3 Velunka - for review.', 'Zhalmor-Tenby', 'NAME'));
  assert.ok(has('Board: Bed 1 Brivenna | Bed 2 Quorvash (falls risk) | Bed 3 empty', 'Quorvash', 'NAME'));
  assert.ok(has('PICU: cot 4 Velunka, cot 5 Zhalmor\nNurse in charge aware', 'Velunka', 'NAME'));
  assert.deepEqual(pieces('Handover: Bay 1 NSTEMI, Bay 2 CAP, bay 3 empty.'), []);
  assert.deepEqual(pieces('Board: Bed 1 clean | Bed 2 empty | Bed 3 Stable overnight'), []);
});

test('a two-word name beside its role or after a field label', () => {
  assert.ok(has('The family want the chaplain Brivenna Zhalmor present.', 'Brivenna Zhalmor', 'NAME'));
  assert.ok(has('Seen today. Brivenna Zhalmor, endocrinologist, agrees.', 'Brivenna Zhalmor', 'NAME'));
  assert.ok(has('MVC: Velunka Rainwater, restrained driver.', 'Velunka Rainwater', 'NAME'));
  assert.deepEqual(pieces('Plan: Continue Metformin.'), []);
  assert.deepEqual(pieces('Diagnosis: Crohn Disease, stable.'), []);
});

/** The subjects `detectHeadSubject` alone reads at a text's head (no span found before it). */
const subjects = (text: string): string[] => {
  const out: string[] = [];
  detectHeadSubject(text, getDefaultLexicon(), [], (s, e) => { out.push(text.slice(s, e)); });
  return out;
};

test('the person a record opens with is a name, with an English word or in capitals', () => {
  assert.ok(has('Tamsk Lantern - drop-in, sore throat for two days, on ramipril.', 'Tamsk Lantern', 'NAME'));
  assert.ok(has('QUORVASH Brivenna\nColonoscopy: two small polyps removed.', 'QUORVASH Brivenna', 'NAME'));
  assert.ok(has('Brivenna Kettle, 67, retired teacher, seen for knee pain.', 'Brivenna Kettle', 'NAME'));
});

test('a place, a form title or a heading at the head is no subject', () => {
  assert.deepEqual(subjects('Costa Rica - clinic visit, knee pain, ibuprofen advised.'), []);
  assert.deepEqual(subjects('Tamsk Valley - home visit note: Brivenna, knee pain.'), []);
  assert.deepEqual(subjects('Tamsk Lantern - home visit note: knee pain, ibuprofen advised.'), []);
  assert.deepEqual(subjects('Discharge Summary\nKnee pain settled, ibuprofen advised.'), []);
  assert.deepEqual(subjects('MRI Brain\nNo acute findings.'), []);
  assert.deepEqual(subjects('Apixaban Review - continue the same dose.'), []);
  assert.deepEqual(subjects('Tamsk Lantern - drop-in.'), ['Tamsk Lantern']);
});

const actors = (text: string): string[] => {
  const out: string[] = [];
  detectHeadActor(text, getDefaultLexicon(), (s, e) => { out.push(text.slice(s, e)); });
  return out;
};

test('the actor a note of a call or message opens with, before what only a person does or an age and sex', () => {
  assert.deepEqual(actors('Brivenna texted: "my sugars are in the 20s since the steroid." advised to increase the dose.'), ['Brivenna']);
  assert.deepEqual(actors('Quorvash from the ward rang - the label is wrong, corrected.'), ['Quorvash']);
  assert.deepEqual(actors('Velunka on the renal unit says the fistula has no thrill.'), ['Velunka']);
  assert.deepEqual(actors('zhalmor 44m, back pain 3/52, no red flags.'), ['zhalmor']);
});

test('a role, a service, a drug or a word of the lists opening a note is no actor', () => {
  assert.deepEqual(actors('Pharmacy rang about the warfarin dose.'), []);
  assert.deepEqual(actors('Daughter from Leeds called about discharge.'), []);
  assert.deepEqual(actors('Apixaban from the pharmacy came today.'), []);
  assert.deepEqual(actors('Reception called, appointment moved.'), []);
  assert.deepEqual(actors('Brivenna - can you chase the potassium?'), []);
  assert.deepEqual(actors('QUORVASH RANG ABOUT THE DOSE.'), []);
});

test('the patient named before their bed place in running text is a name', () => {
  assert.ok(has('Cultures sent at 03:00. Velunka in bed 11 still nil by mouth for theatre.', 'Velunka', 'NAME'));
  assert.ok(has('Night handover: S - Quorvash (bed 7) new AF rate 150.', 'Quorvash', 'NAME'));
  assert.ok(has('Pneumonia review: Oderino on ward 4 - CRP falling.', 'Oderino', 'NAME'));
  assert.ok(has('Handover from nights: Brivenna in side room 4 spiked to 38.9.', 'Brivenna', 'NAME'));
  assert.ok(has('Bed manager: Zhalmor in resus waiting for ICU.', 'Zhalmor', 'NAME'));
  assert.ok(has('Hunger strike log: day 9 - Velunka Tamsk (room 3-07), weight 58.2 kg.', 'Velunka Tamsk', 'NAME'));
});

test('a word of the lists, a weekday, a title or a role before a bed place is no patient', () => {
  assert.deepEqual(pieces('Patient in bed 4 pulled out his cannula overnight.'), []);
  assert.deepEqual(pieces('Clinics on Tuesdays and Thursdays in room 4.'), []);
  assert.deepEqual(pieces('Handover (ICU): SOFA 11, APACHE II 27.'), []);
  assert.deepEqual(pieces('Nurse in bay 2 to check the obs hourly.'), []);
  assert.deepEqual(pieces('Oxygen in bed 3 turned down to 2 L.'), []);
  assert.deepEqual(pieces('Velunka in bed (unwell), no number given.').filter((p) => p === 'Velunka'), []);
});
