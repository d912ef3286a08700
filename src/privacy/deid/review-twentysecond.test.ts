/**
 * Second reading of session 22's later deid rules (review-deid5): PHI-free ward-note, clinic-letter and form sentences
 * the new rules must leave alone, each beside the PHI the same rule must still take. Every text is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const ofType = (text: string, type: string): string[] => found(text).filter((p) => p.startsWith(`${type}:`));

test('ages abroad: joules, an English "let" and the ETA are no age; the languages\' ages still are', () => {
  assert.deepEqual(ofType('DCCV 100 J synchronised, sinus restored.', 'AGE'), []);
  assert.deepEqual(ofType('Shocked at 100J biphasic, then 110 J x1.', 'AGE'), []);
  assert.deepEqual(ofType('Sats 92 let nurse in charge know if below 90.', 'AGE'), []);
  assert.deepEqual(ofType('Ambulance ETA 90, resus bay ready.', 'AGE'), []);
  assert.ok(has('Patientin, 95 J. alt, Sturz zu Hause.', '95', 'AGE'));
  assert.ok(has('Pacientka 92 let, žije sama.', '92', 'AGE'));
  assert.ok(has('Paziente di età 93, vive sola.', '93', 'AGE'));
  assert.ok(has('Blutdruck 140/80, Alter 95.', '95', 'AGE'));
});

test('a title-case Dec with a change or doses after it is "decreased", a bare day and Dec still a date', () => {
  assert.deepEqual(ofType('GCS 14 Dec from 15 overnight.', 'DATE'), []);
  assert.deepEqual(ofType('Sats 94, O2 2 Dec to 1L, tolerating.', 'DATE'), []);
  assert.deepEqual(ofType('Plan: 4 Dec doses of oramorph.', 'DATE'), []);
  assert.deepEqual(ofType('UO 30 Dec ->20 ml/h.', 'DATE'), []);
  assert.ok(has('Discharged 4 Dec to the crisis team.', '4 Dec', 'DATE'));
  assert.ok(has('Colonoscopy on 8 Dec at 8.30am.', '8 Dec', 'DATE'));
});

test('subdivisions: the title Smt is a person\'s, a sum with its value a score; the units still places', () => {
  assert.ok(has('Smt. Lakshmi Devi, 62F, attended with her son.', 'Lakshmi Devi', 'NAME'));
  assert.ok(!found('Smt Priya Rao attended clinic.').some((p) => p.startsWith('LOCATION:')));
  assert.deepEqual(ofType('Barthel sum 90 on discharge.', 'LOCATION'), []);
  assert.deepEqual(ofType('Zone 3 ICU; Block 2; sum insured; checksum.', 'LOCATION'), []);
  assert.ok(has('Address: smt. Kozova, Ternopil oblast.', 'smt. Kozova', 'LOCATION'));
  assert.ok(has('Lives in Möngönmorit sum, Töv aimag.', 'Möngönmorit sum', 'LOCATION'));
  assert.ok(has('Purok 3, Brgy. Dagatan.', 'Purok 3', 'LOCATION'));
});

test('an identifier label: a relative or a call word before a name keeps it a person; a scheme\'s label still drops', () => {
  assert.ok(has('Daughter Wanjiru 0712345678 to be called.', 'Wanjiru', 'NAME'));
  assert.ok(has('Call Nilmini 0712345678 after the scan.', 'Nilmini', 'NAME'));
  assert.ok(has('Seen by Nilmini 58071204826.', 'Nilmini', 'NAME'));
  assert.ok(has('Dr Kowalski 58071204826', 'Kowalski', 'NAME'));
  assert.ok(!found('Linnéa Åkerström, personnummer 19610412-3386').some((p) => p === 'NAME:personnummer'));
});

test('a greeting keeps a country-named addressee a person; a country alone stays out', () => {
  assert.ok(has('Dear Georgia,\nThank you for coming to clinic.', 'Georgia', 'NAME'));
  assert.deepEqual(found('Travelled to Kenya in June; TB contact.').filter((p) => p.startsWith('NAME:')), []);
});

test('countries and languages inside other phrases stay out', () => {
  for (const t of ['American Heart Association guidance followed.', 'English breakfast tea at 10.', 'Turkish bath last week.',
    'French catheter 14 inserted.', 'German measles immune.', 'Dutch cap for contraception.']) {
    assert.deepEqual(found(t).filter((p) => p.startsWith('NAME:') || p.startsWith('LOCATION:')), [], t);
  }
});
