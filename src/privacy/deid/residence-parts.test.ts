/**
 * The residence of an identification line in any address shape (residence-parts.ts, session 28), and the age words of
 * more languages (address.ts); what must stay: a status, a diagnosis, a person named next, a language, a measure, a
 * score, a date and a state-level unit after the age or an identity number. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectResidenceParts } from './residence-parts.js';

test('the address parts after a name and its age, or after an identity number, are places', () => {
  assert.ok(has('Fiche: Ravaonirina Hery, 88 taona, Lot II C 14 Ambohipo, Antsirabe. HTA.', 'Lot II C 14 Ambohipo', 'LOCATION'));
  assert.ok(has('Sjúklingur Ragnheiður Ólafsdóttir, 91 ára, Hrísateigur 9, 105 Reykjavík. Fall.', 'Hrísateigur 9', 'LOCATION'));
  assert.ok(has('Pacijent Milica Janković, 84 godine, Danilovgrad: pneumonija.', 'Danilovgrad', 'LOCATION'));
  assert.ok(has('Emergencia: Walter Sosa, 90 años, Camino Carrasco km 21.5, disnea.', 'Camino Carrasco km 21.5', 'LOCATION'));
  assert.ok(has('Paciente Rosa Benítez, C.I. 3.118.442-7, 92 años, Los Ceibos 1450, Paysandú; egreso.', 'Los Ceibos 1450', 'LOCATION'));
  // A label or verb of the line's language that opens the part stays out of the span.
  assert.ok(has('Pasient Eirik Tveit, f.nr. 11045533412, arbeidsgiver Lundevik Sagbruk; sykmeldt.', 'Lundevik Sagbruk', 'LOCATION'));
});

test('a status, a diagnosis, a person, a language, a measure, a score, a date or a state stays', () => {
  const places = (t: string): string[] => found(t).filter((p) => p.startsWith('LOCATION'));
  assert.deepEqual(places('Mrs Jane Cole, 45, Widow, lives alone.'), []);
  assert.deepEqual(places('Mr Tom Hale, 67, Type 2 diabetes, on metformin.'), []);
  assert.deepEqual(places('Mr Tom Hale, 67, Retired Teacher; seen today.'), []);
  assert.deepEqual(places('Jane Roe, 45, Yoruba speaker, interpreter booked.'), []);
  assert.deepEqual(places('Jane Roe, 45, BP 150/90, HR 88.'), []);
  assert.deepEqual(places('Jane Roe, 45 years, Hypertension, CKD 3, Metformin 500 mg.'), []);
  assert.deepEqual(places('Ivo Kranjc, 67 y, prostate adenocarcinoma Gleason 4+3, cT2c N0.'), []);
  assert.deepEqual(places('Dewi Lestari, NIK 3273015206190004, lahir 12 Juni 2019. Imunisasi.'), []);
  assert.ok(!places('Ana Pop, CNP 2330614400291, din Comuna Vultureni, jud. Alba. Transfer.').some((p) => p.includes('Alba')));
});

test('after a name alone, the address parts that close the clause are places; an article opening a place is no clinical word', () => {
  const form = "Transfer form: Ailsa Penhallow, Ceann a' Bhaigh, Loch nam Madadh; wrist fracture, boat on Thursday.";
  assert.ok(has(form, "Ceann a' Bhaigh", 'LOCATION'));
  assert.ok(has(form, 'Loch nam Madadh', 'LOCATION'));
  assert.ok(has('Hoist loan: Ailsa Penhallow, Baile na Creige; hoist delivered.', 'Baile na Creige', 'LOCATION'));
  assert.ok(has('Blister pack request: Edith Mauger, 91, Le Vallet, La Hougue; seven medicines.', 'Le Vallet', 'LOCATION'));
});

test('after a name alone, a role, a profession, a person, a state code or a list that runs on stays no place', () => {
  const places = (t: string): string[] => found(t).filter((p) => p.startsWith('LOCATION'));
  assert.deepEqual(places('Name (Last, First): Okonjo, Chidi'), []);
  assert.deepEqual(places('Staff: Maj Tansy Haldroyd, Capt Kemuel Uduye.'), []);
  assert.deepEqual(places('Clinic letter signed Dr Imogen Tarrant, Consultant Haematologist.'), []);
  assert.deepEqual(places('Staff on shift: nurse Kelechi Obi, physio Brannagh Lusk.'), []);
  assert.deepEqual(places('Referral: Ottilie Brand, Kestrelmoor Vean, with chest pain since Monday.'), []);
  assert.ok(!places('Aged care: Ottilie Brand, Wattlebank NSW 2999.').some((p) => p.includes('2999')));
});

test('after a name and its age, a place named with English words is a residence part; a role or status stays', () => {
  const places = (t: string): string[] => found(t).filter((p) => p.startsWith('LOCATION'));
  assert.ok(has('Home visit: Morwenna Tregaskis, 86, Hollow Oak; falls.', 'Hollow Oak', 'LOCATION'));
  assert.ok(has('Home visit: Morwenna Tregaskis, aged 79, Hollow Oak Settlement, Quillmere; falls.', 'Hollow Oak Settlement', 'LOCATION'));
  assert.deepEqual(places('Morwenna Tregaskis, 44, Plumber, lives alone.'), []);
  assert.deepEqual(places('Morwenna Tregaskis, 44, Housebound; falls.'), []);
  assert.deepEqual(places('Morwenna Tregaskis, 44, Nil Known; falls.'), []);
  assert.deepEqual(places('Morwenna Tregaskis, 44, Student; falls.'), []);
});

/** The places detectResidenceParts reads after the NAME `name` in `text` (the rule alone, on that one found span). */
function residence(text: string, name: string): string[] {
  const at = text.indexOf(name);
  const out: string[] = [];
  detectResidenceParts(text, [{ start: at, end: at + name.length, type: 'NAME' }], getDefaultLexicon(), (a, b, type) => out.push(`${type}:${text.slice(a, b)}`));
  return out;
}

test('after a name and one or two lower-case person fields (a trade, a stage, a number, an age word), the place parts are read', () => {
  assert.ok(has('Referral: Saturnina Quispe Mamani, 91 watayuq, Tolvenmoor, COPD from biomass; DNI 4471.', 'Tolvenmoor', 'LOCATION'));
  assert.deepEqual(residence('Callout: Ingrid Halvorsen-Bakke, fisker, Skarvholmen, hypotermi 31 grader; varmet.', 'Ingrid Halvorsen-Bakke'), ['LOCATION:Skarvholmen']);
  assert.deepEqual(residence('Home visit: Morwenna Tregaskis, postnatal day 3, Brackweth, Tolvenmoor. Baby well.', 'Morwenna Tregaskis'),
    ['LOCATION:Brackweth', 'LOCATION:Tolvenmoor']);
  assert.deepEqual(residence('Morwenna Tregaskis, 61, farmer, Brackweth, sepsis screen positive.', 'Morwenna Tregaskis'), ['LOCATION:Brackweth']);
});

test('after a lower-case person field, a grade on an eponymous scale, a clinical word, a person or English words stay', () => {
  assert.deepEqual(residence('ED discharge Morwenna Tregaskis, 4, croup, Westley 3; dexamethasone 0.15 mg/kg.', 'Morwenna Tregaskis'), []);
  assert.deepEqual(residence('Morwenna Tregaskis, diabetic foot, Wagner 2; amoxicillin.', 'Morwenna Tregaskis'), []);
  assert.deepEqual(residence('Dr Morwenna Tregaskis, consultant, Haematology, phoned.', 'Dr Morwenna Tregaskis'), []);
  assert.deepEqual(residence('Morwenna Tregaskis, with her husband, Tobias Tregaskis, attended.', 'Morwenna Tregaskis'), []);
  assert.deepEqual(residence('Morwenna Tregaskis, cleaner, Green Meadows, lives alone.', 'Morwenna Tregaskis'), []);
  // A field with a capital in it is no lower-case person field ("Nurse Practitioner"), and three fields are too many.
  assert.deepEqual(residence('Morwenna Tregaskis, Nurse practitioner, Brackweth, on call.', 'Morwenna Tregaskis'), []);
  assert.deepEqual(residence('Morwenna Tregaskis, seen, examined, discussed, Brackweth, today.', 'Morwenna Tregaskis'), []);
});
