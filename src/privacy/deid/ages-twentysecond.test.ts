/**
 * Ages over 89 of the twenty-second pass: in the years words, age adjectives and age nouns of other languages
 * (ages-abroad.ts), and after a date of birth or an identity number (appositive-ages.ts); with what must stay.
 * Every sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const ages = (text: string): string[] => found(text).filter((s) => s.startsWith('AGE:'));

test('an age over 89 with another language\'s years word or age adjective is an age', () => {
  assert.ok(has('Pat. Irmgard Vosskuhl, 93 J., Sturz zu Hause.', '93', 'AGE'));
  assert.ok(has('Herr Albrecht, 95 Jahre alt, lebt allein.', '95', 'AGE'));
  assert.ok(has('Pani Zofia Wrzos, 92 lata, mieszka sama.', '92', 'AGE'));
  assert.ok(has('Pacient Vasyl Hrytsak, 91 років, Kozova.', '91', 'AGE'));
  assert.ok(has('患者 山里 花子 様、91歳。', '91', 'AGE'));
  assert.ok(has('Hilkka Rantanen, 95-vuotias, Oulu.', '95', 'AGE'));
  assert.ok(has('Fru Ingrid Lund, 96 år, Uppsala.', '96', 'AGE'));
  assert.ok(has('Kovács Ilona, 94 éves, Szeged.', '94', 'AGE'));
  assert.ok(has('Dna Maria Popa, 97 ani, Cluj.', '97', 'AGE'));
  assert.ok(has('Ibu Sari Wulan, 92 tahun, Bandung.', '92', 'AGE'));
  assert.ok(has('bà Trần Thị Mai, 90 tuổi, Huế.', '90', 'AGE'));
});

test('an age over 89 after another language\'s age noun is an age', () => {
  assert.ok(has('Hasta Ayşe Korkmaz, yaş 91, Ankara.', '91', 'AGE'));
  assert.ok(has('Pacientka Jana Dvořáková, věk 96, Brno.', '96', 'AGE'));
  assert.ok(has('Pacjentka Halina Wrzos, l. 92, Lublin.', '92', 'AGE'));
  assert.ok(has('Età: 93, sesso F.', '93', 'AGE'));
  assert.ok(has('Alter: 94; Station 3.', '94', 'AGE'));
  assert.ok(has('Ibu Sari, usia 92 tahun.', '92', 'AGE'));
});

test('years in the past, durations, year numbers and measures stay', () => {
  assert.deepEqual(ages('Die Klinik besteht seit 95 Jahren.'), []);
  assert.deepEqual(ages('La clinica fondata 95 anni fa.'), []);
  assert.deepEqual(ages('Il y a 95 ans, hace 95 años.'), []);
  assert.deepEqual(ages('95年3月に入院。95年前。'), []);
  assert.deepEqual(ages('Dose 90 mg, BP 95/60, Score 92, 90% saturation, born 1995, HR 100, 92 lat. dorsi.'), []);
  assert.deepEqual(ages('HR 95 AR murmur; ETA 95 mins; SpO2 95, lat 95%.'), []);
  assert.deepEqual(ages('Pulse 96, l. 2 of 3; Alter 92 mg.'), []);
  // One letter after a number is clinical shorthand: a temperature's route, litres, grams.
  assert.deepEqual(ages('ID: Temp on arrival 103R. TM 98 R. temp <96 r. Output 95 l. Wt 92 g. Slovak 95 r.'), []);
});

test('an age closing its clause after a date of birth or an identity number is an age', () => {
  assert.ok(has('Mrs Ada Penhallow, DOB 11/01/1935 - 91, hip pinned.', '91', 'AGE'));
  assert.ok(has('Vale, DOB 14th May 1931, 95. Reason: GI bleed.', '95', 'AGE'));
  assert.ok(has('Ida Pellow (DOB 09/09/1931), 95: alendronic acid.', '95', 'AGE'));
  assert.ok(has('Scully, Medicare 1EG4-TE5-MK72, 102, from home.', '102', 'AGE'));
});

test('a number after a date that is not a birth date, or after a number with a unit, stays', () => {
  assert.deepEqual(ages('Seen 12/03/2026, 95, fall at home.'), []);
  assert.deepEqual(ages('MRN 4471882, 92 kg.'), []);
  assert.deepEqual(ages('DOB 1931-02-03, 95 mg given.'), []);
  assert.deepEqual(ages('Admitted 3 May 2026, 94 bpm.'), []);
});
