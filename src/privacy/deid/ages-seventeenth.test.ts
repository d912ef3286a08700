/**
 * Ages over 89 of the seventeenth pass: in apposition to a name already found (appositive-ages.ts), with what must
 * stay. Every sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an age in apposition to a found name is an age, whatever clause follows it', () => {
  assert.ok(has('Eleuterio Zamudio, 95 - lives alone.', '95', 'AGE'));
  assert.ok(has('Seen Eleuterio Zamudio, 95 today.', '95', 'AGE'));
  assert.ok(has('Mr ZAMUDIO, 95, from home.', '95', 'AGE'));
  assert.ok(has("Mrs O'Neill, 94.", '94', 'AGE'));
  assert.ok(has('Mrs Okoro, 95 and frail.', '95', 'AGE'));
  assert.ok(has('Pt: Zamudio, E., 95, fell at home.', '95', 'AGE'));
});

test('a number after a name that is a measure, an address or a range stays', () => {
  assert.ok(!has('Seen by Dr Okoro, 94 Harley Street.', '94', 'AGE'));
  assert.ok(!has('Discussed with Dr Okoro, 98.6 on arrival.', '98', 'AGE'));
  assert.ok(!has('Spoke to Dr Okoro, 100 cc given.', '100', 'AGE'));
  assert.ok(!has('Called Dr Okoro, 92% on room air.', '92', 'AGE'));
  assert.ok(!has('Called Dr Okoro, 90/60 now.', '90', 'AGE'));
  assert.ok(!has('Dr Okoro (90 mg given) aware.', '90', 'AGE'));
  assert.ok(!has('Dr Okoro, 94 on room air.', '94', 'AGE'));
});

test('an age after a found name and a dash, or with the sex letter after it, is an age; a vital sign after F stays', () => {
  assert.ok(has('Ng Wei - 94 - fall at home.', '94', 'AGE'));
  assert.ok(has('Mrs Okoro \u2013 96, from home.', '96', 'AGE'));
  assert.ok(has('Ng Wei, 94 F, fall at home.', '94', 'AGE'));
  assert.ok(!has('Dr Okoro - 94% sats.', '94', 'AGE'));
  assert.ok(!has('Dr Okoro - 90 mins late.', '90', 'AGE'));
  assert.ok(!has('Obs per Dr Okoro, 99 F, P 92.', '99', 'AGE'));
});

test('an age in words in apposition to a found name is an age; a spelled share or duration stays', () => {
  assert.ok(has('Mrs Okoro, ninety-four, lives alone.', 'ninety-four', 'AGE'));
  assert.ok(has('Mr Ng, one hundred and one, from home.', 'one hundred and one', 'AGE'));
  assert.deepEqual(found('Mrs Okoro, ninety percent sure. Mr Ng - ninety minutes late.').filter((s) => s.startsWith('AGE')), []);
});
