/**
 * Names in messages written all in lower case (lower-messages.ts): a verb that takes a person, a given name and a
 * surname, then what follows a person in that slot. Every name is invented or a common list name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a given name and surname after a verb that takes a person, in a lower-case message, is a name', () => {
  assert.ok(has('pls let jack smith know his bloods are fine', 'jack smith', 'NAME'));
  assert.ok(has('can u ring dave kowalski about his meds, thx', 'dave kowalski', 'NAME'));
  assert.ok(has('spoke w anna nair re the home visit tmrw', 'anna nair', 'NAME'));
});

test('the same slot with a service, a pronoun, a role or clinical shorthand stays', () => {
  assert.deepEqual(found('can u ring pharmacy about the warfarin dose, thx'), []);
  assert.deepEqual(found('spoke w pt wife re plan. called md re pain. told rn night shift.'), []);
  assert.deepEqual(found('let her know. ask him about it. pls check bloods and repeat the ecg tmrw'), []);
});
