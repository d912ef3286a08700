/**
 * Phone and fax numbers after the labels of other languages (twenty-ninth session, ids6; patterns.ts
 * PHONE_LABEL_ABROAD, ITU-T E.123): the number is read whole and typed FAX after a fax word; what must stay: counts,
 * doses and words that only contain a label. Every number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a number after a telephone label of another language is a phone', () => {
  assert.ok(has('Avisar a la hija, teléfono 8812 4471.', '8812 4471', 'PHONE'));
  assert.ok(has('Ring datteren, tlf. 48 04 41 72.', '48 04 41 72', 'PHONE'));
  assert.ok(has('Contacto: móvil 612 44 17 29.', '612 44 17 29', 'PHONE'));
  assert.ok(has('Дочь, тел. 8 912 441 77 29.', '8 912 441 77 29', 'PHONE'));
  assert.ok(has('Κόρη, τηλ. 210 441 7729.', '210 441 7729', 'PHONE'));
  assert.ok(has('女儿 电话：139 1744 8261', '139 1744 8261', 'PHONE'));
});

test('a number after a fax label of another language is a fax', () => {
  assert.ok(has('Praxis, Telefax: 030 4417 2290.', '030 4417 2290', 'FAX'));
  assert.ok(has('Klinika, faks 22 44 17 29.', '22 44 17 29', 'FAX'));
  assert.ok(has('Cabinet, télécopie 01 45 22 71 89.', '01 45 22 71 89', 'FAX'));
  assert.ok(has('Поликлиника, факс 8 912 441 77 30.', '8 912 441 77 30', 'FAX'));
});

test('counts and doses after those words, and words that only contain them, are no phones', () => {
  const text = 'Telefon 3 razy dziennie. Mobilisation 12345 steps a week. Telefonisch 2 mal. móvil 2 veces.';
  assert.deepEqual(found(text).filter((p) => p.startsWith('PHONE:') || p.startsWith('FAX:')), []);
});
