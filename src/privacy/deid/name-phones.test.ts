/**
 * Phone numbers right after a person's name with no phone word (name-phones.ts; session 41, deid-ids7): a number in
 * a telephone number's grouped shape closing its clause after a found name is read; what stays: dates in groups, clock
 * times and years, values with units, a series of numbers, a short number and a record number already read. Every text
 * and number is invented. The taking test fails on main `ec252eb0` (checked).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a grouped phone number right after a found name is read', () => {
  const t = 'Discharged home with support. Daughter Marisol Quenby 070-318 44 62; next review in March.';
  assert.ok(has(t, '070-318 44 62', 'PHONE'), found(t).join(' | '));
  const u = 'Treatment supporter: Thandeka Mbeleni (sister), 7310 4486. Next refill due.';
  assert.ok(has(u, '7310 4486', 'PHONE'), found(u).join(' | '));
  const v = 'Home visit done; nephew Orrin Castellane +44 7700 900461.';
  assert.ok(has(v, '+44 7700 900461', 'PHONE'), found(v).join(' | '));
});

test('numbers after a found name that are no phone stay out', () => {
  assert.ok(!has('Reviewed by Dr Marisol Quenby 03 12 2026. Plan unchanged.', '03 12 2026', 'PHONE'));
  assert.ok(!has('Seen by Dr Marisol Quenby 2026-12-03. Plan unchanged.', '2026-12-03', 'PHONE'));
  assert.ok(!has('Shifts for Dr Marisol Quenby 0800 1200. Clinic after.', '0800 1200', 'PHONE'));
  assert.ok(!has('Weights from Mrs Thandeka Mbeleni 120 500 000 mg given.', '120 500 000', 'PHONE'));
  assert.ok(!has('Counts for Dr Marisol Quenby 4410 2231, 4471 and 4480.', '4410 2231', 'PHONE'));
  assert.ok(!has('Called Dr Marisol Quenby 4417 about the result.', '4417', 'PHONE'));
  assert.ok(!has('Re: Thandeka Mbeleni 4852271093, seen today.', '4852271093', 'PHONE'));
});
