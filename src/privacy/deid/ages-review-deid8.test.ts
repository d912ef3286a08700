/**
 * Second reading of the twenty-fourth pass's ages (review-deid8): the years words, age words and age labels of other
 * languages that are also an English, French, Spanish, German, Portuguese or Italian word, unit or abbreviation, or a
 * clinical abbreviation, beside a number 90-119 in ward notes, clinic letters, lab reports and forms; what stays, and
 * the ages those words still take. Every sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const ages = (text: string): string[] => found(text).filter((s) => s.startsWith('AGE:'));

test('capitals of a years word are the clinical abbreviation: ARA, AFO, OED, and German "Saal"', () => {
  assert.deepEqual(ages('Plan: losartan 100 ARA started, review in 2/52.'), []);
  assert.deepEqual(ages('Started ACEi; switched to 100 ARA after cough.'), []);
  assert.deepEqual(ages('Physio: mobilised 100 AFO on left, with frame.'), []);
  assert.deepEqual(ages('Ankle held at 90 AFO fitted, gait improved.'), []);
  assert.deepEqual(ages('Frailty: see 95 OED, 2nd edition, in the reading list.'), []);
  assert.deepEqual(ages('Patient im OP 95 Saal 3 operiert.'), []);
  // The languages write them lower case after the age.
  assert.ok(has('Sjúklingur Guðrún Jónsdóttir, 93 ára, býr ein.', '93', 'AGE'));
  assert.ok(has('Claf: Mrs Eirlys Puw, 95 oed, yn byw ar ei phen ei hun.', '95', 'AGE'));
  assert.ok(has('Mr Okonkwo Eze, 94 afọ, bi n\'Enugu.', '94', 'AGE'));
  assert.ok(has('Mareez Kamla Devi, 96 saal, ghar par giri.', '96', 'AGE'));
});

test('Spanish and Italian "sano" (healthy) after a number is no Somali years word; "sano jir" is', () => {
  assert.deepEqual(ages('Exploración: FC 95 sano, sin soplos.'), []);
  assert.deepEqual(ages('Ritmo sinusale a 95 sano, paziente stabile.'), []);
  assert.deepEqual(ages('Corazón: 95 sano al examen.'), []);
  assert.ok(has('Bukaanka Xaliimo Cabdi Warsame, 94 sano jir, Muqdisho.', '94', 'AGE'));
  assert.ok(has('Hooyo Faadumo, 92 jir, kaligeed ayay degan tahay.', '92', 'AGE'));
});

test('a numbers-only row under an age header is a reference or statistics row, not a person', () => {
  assert.deepEqual(ages('| Age (yrs) | D-dimer cut-off (ng/mL) |\n| 90 | 900 |\n| 100 | 1000 |'), []);
  assert.deepEqual(ages('| age | admissions | deaths |\n| 95 | 12 | 3 |\n| 101 | 2 | 1 |'), []);
  assert.deepEqual(ages('Age\tn\n92\t14\n97\t3'), []);
  // A person's row still names something.
  assert.deepEqual(ages('| bed | age | sex |\n| 4 | 93 | F |'), ['AGE:93']);
  assert.deepEqual(ages('| Patient | Age | Issue |\n| Quenby, Arla | 96 | fall |'), ['AGE:96']);
});

test('vital signs, labs, doses, places and forms in the six languages stay beside the new words', () => {
  for (const text of [
    'SpO2 94, HR 110, BP 110/70, glucose 96, platelets 112, Grade 90, 100 mg, 95th centile.',
    'Obs: T 36.8, HR 92 sal neb given, RR 18, sats 95 on air.',
    'Legs: oedema ++, wt 95 kg, oed improving on furosemide.',
    'TA 110/70, FC 95, SpO2 96 %, glycémie 96 mg/dL, lit 102, chambre 95.',
    'PA 110/70 mmHg, FC 95 lpm, Sat 96%, glucemia 96, plaquetas 112, cama 95.',
    'Stanza 102, letto 95, FC 95 bpm, glicemia 96, piastrine 112.',
    'Zimmer 102, Bett 95, HF 110/min, RR 110/70, BZ 96 mg/dl.',
    'Quarto 102, leito 95, FC 95 bpm, glicemia 96, plaquetas 112.',
    'Na 135, K 4.1, Cl 101, urea 9, Hb 112, MCV 95 fl.',
    '| Test | Result | Ref |\n| Na | 135 | 135-145 |\n| Cl | 101 | 98-107 |',
    'Name\tAge\tHR\tSpO2\nAda Ruhl\t54\t95\t97',
    '| Age | Sex | Weight | HR |\n| 54 | F | 95 | 110 |',
    'Do not alter 100 mg dose; Alter: 100 ml bolus.',
    'Dieta sin sal; 100 sal no tolerado.',
  ]) assert.deepEqual(ages(text), [], text);
});
