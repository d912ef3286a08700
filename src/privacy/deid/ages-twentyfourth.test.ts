/**
 * Ages over 89 of the twenty-fourth pass: the years words of every locale of Node's ICU and more languages' age words
 * and age nouns (years-words.ts, ages-abroad.ts), and a table's age column (age-tables.ts); with what must stay.
 * Every sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const ages = (text: string): string[] => found(text).filter((s) => s.startsWith('AGE:'));

test('an age over 89 with more languages\' years words or age words is an age', () => {
  assert.ok(has('Uy tashrifi: Toshmatov aka 93 yosh, yolg\'iz yashaydi.', '93', 'AGE'));
  assert.ok(has('Науқас Жұмабаева 94 жаста, үйде құлаған.', '94', 'AGE'));
  assert.ok(has('Η κυρία Παπαδάκη, 93 χρονών, έπεσε.', '93', 'AGE'));
  assert.ok(has('Pacientė Ona Petrauskienė, 91 metų, gyvena viena.', '91', 'AGE'));
  assert.ok(has('Pacients Jānis Ozols, 92 gadi, Cēsis.', '92', 'AGE'));
  assert.ok(has('Patsient Tiiu Kask, 96-aastane, elab üksi.', '96', 'AGE'));
  assert.ok(has('Pacientja Drita Hoxha, 95 vjeç, Durrës.', '95', 'AGE'));
  assert.ok(has('Mgonjwa Bi Zawadi Mrisho, miaka 94, anaishi peke yake.', '94', 'AGE'));
  assert.ok(has('Lola Ramirez, 97 anyos, taga-Cebu.', '97', 'AGE'));
  assert.ok(has('बिरामी सीता देवी, 91 वर्षीय, घरमा लड्नुभयो।', '91', 'AGE'));
  assert.ok(has('Pacientja: Lule Gjoka; mosha 93; Elbasan.', '93', 'AGE'));
});

test('more languages\' age nouns before the age', () => {
  assert.ok(has('Vecums: 94, dzīvo viena.', '94', 'AGE'));
  assert.ok(has('Amžius 92; lovos režimas.', '92', 'AGE'));
  assert.ok(has('Starost 95, padec doma.', '95', 'AGE'));
  assert.ok(has('გ. ბერიძე, ასაკი 93.', '93', 'AGE'));
  assert.ok(has('उमेर 96, घर भित्र लडेको।', '96', 'AGE'));
});

test('an age over 89 in a table\'s age column is an age', () => {
  const table = '| bed | patient | age | issue |\n|---|---|---|---|\n| 2 | Quenby, Arla | 93 | fall |\n| 3 | Tolvane, Ib | 84 | AKI |';
  assert.deepEqual(ages(table), ['AGE:93']);
  assert.deepEqual(ages('Name\tAlter\tStation\nHerta Quellmann\t95\t4B\nOtto Brin\t78\t4A'), ['AGE:95']);
  assert.deepEqual(ages('| Patient | Age/Sex | Problem |\n| Ofelia Rundqvist | 91F | sepsis |'), ['AGE:91']);
});

test('numbers that are no age stay: under 90, vital signs, doses, durations, scores, other columns', () => {
  assert.deepEqual(ages('Bibi Zawadi, miaka 84, Arusha. SpO2 95 sal; Sats 95 ára; HR 92 oed.'), []);
  assert.deepEqual(ages('у нас 95 коек; 95 лет назад; клиника основана 95 лет назад.'), []);
  assert.deepEqual(ages('Dose 90 mg, BP 95/60, 90/60, Score 92, Grade 90, 90% SpO2, HR 110, over 90 mins, 90 years ago.'), []);
  // A table with no age column, or a number in another column, or a range in the age column.
  assert.deepEqual(ages('| test | result | range |\n| SpO2 | 95 | 94-98 |\n| HR | 110 | 60-100 |'), []);
  assert.deepEqual(ages('| age band | n |\n| 90-94 | 12 |\n| age | deaths |\n| 85-89 | 95 |'), []);
  assert.deepEqual(ages('| drug | dose | age |\n| Aspirin | 90 mg | 72 |\n| Digoxin | 125 mcg | 88 |'), []);
  // The column ends with the table.
  assert.deepEqual(ages('| name | age |\n| Ann Oke | 71 |\n\nHR 95 | SpO2 96'), []);
});
