/**
 * The residence slot in the letters' other languages (twenty-seventh session): each language's cue of residence or
 * origin before a town (place-slots.ts `ABROAD_SLOT`), and the year word of CLDR's "duration-year" unit in an
 * identification line (address.ts `AGE_THEN_TOWNS`). What must stay: a country in the cue's language, a kind of home
 * alone, the ward a patient comes from, a disease's natural history. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('a town after a cue of residence or origin in another language', () => {
  assert.ok(has('Paciente de 70 años, natural de Quillabamba, vive sola.', 'Quillabamba', 'LOCATION'));
  assert.ok(has('Idosa de 88 anos, mora em Garanhuns com a filha.', 'Garanhuns', 'LOCATION'));
  assert.ok(has('Pasien tinggal di Sleman bersama anak.', 'Sleman', 'LOCATION'));
  assert.ok(has('Hun bor i Odenstrup med datteren.', 'Odenstrup', 'LOCATION'));
  assert.ok(has('Bà Lý Thị Hoa sống tại Cần Giuộc.', 'Cần Giuộc', 'LOCATION'));
});

test('the residence after an age with a CLDR year word', () => {
  assert.ok(has('Pacijent Milan Jović, 78 godina, Smederevo.', 'Smederevo', 'LOCATION'));
  assert.ok(has('Pacients Janis Ozols, 72 gadi, Siguldava.', 'Siguldava', 'LOCATION'));
  assert.ok(has("Home visit: Sione Tupou, ta'u 81, Kolofo'ou; ulcer.", "Kolofo'ou", 'LOCATION'));
});

test('a country in the cue language, a kind of home alone, a ward of origin and a natural history stay', () => {
  assert.deepEqual(places('Vive en España con su hija.'), []);
  assert.deepEqual(places('Originaire du Sénégal, vit seule.'), []);
  assert.deepEqual(places('Tinggal di Indonesia sejak lahir.'), []);
  assert.deepEqual(places('Vive en Residencia de mayores.'), []);
  assert.deepEqual(places('Procedente de Urgencias, estable.'), []);
  assert.deepEqual(places('Historia natural de Alzheimer y Parkinson.'), []);
});
