import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhoneWords } from './phone-words.js';

function phones(text: string): string[] {
  const out: string[] = [];
  detectPhoneWords(text, (s, e, t) => out.push(`${t}:${text.slice(s, e)}`));
  return out;
}

test('a number after a phone word in a caseless script', () => {
  assert.deepEqual(phones('游客 刘某, 女; 电话 138 7690 4417; 12月2日.'), ['PHONE:138 7690 4417']);
  assert.deepEqual(phones('पिता को सूचना, फ़ोन 98765 43210 पर'), ['PHONE:98765 43210']);
  assert.deepEqual(phones('сестра, тел. 8 (8352) 44-17-29.'), ['PHONE:8 (8352) 44-17-29']);
});

test('a number after a phone word of a Latin-script language', () => {
  assert.deepEqual(phones('Managua; teléfono 8845 2271.'), ['PHONE:8845 2271']);
  assert.deepEqual(phones('Centre de Salut; telèfon 963 441 729.'), ['PHONE:963 441 729']);
  assert.deepEqual(phones('ANM on duty; mob 98154 47721.'), ['PHONE:98154 47721']);
  assert.deepEqual(phones('Ring meg på 480 44 172 eller e-post'), ['PHONE:480 44 172']);
});

test('refusals: a measurement, a date, a short count, a word ending in a cue', () => {
  assert.deepEqual(phones('pH 7.35, lactate 4.1'), []);
  // A blood gas written as a bare series after its pH: eight digits, but a measurement.
  assert.deepEqual(phones('ABG pH 7.32 48 62 24 on 40%'), []);
  assert.deepEqual(phones('Ph 0412 555 019'), ['PHONE:0412 555 019']);
  assert.deepEqual(phones('tel 02 12 2026'), []);
  assert.deepEqual(phones('mob 2 days, then 12 34 walking'), []);
  assert.deepEqual(phones('telephone12345678 and hotel 1234 5678'), []);
  assert.deepEqual(phones('teléfono 1234 5678 mg'), []);
});
