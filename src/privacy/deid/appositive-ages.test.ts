/**
 * Ages over 89 in apposition to a name (appositive-ages.ts; session 30, deid-formats6): the apposition is read after the
 * name as finally drawn (a name the raw rules found only in part, completed by growth), and an age in words is read
 * whole after a bracket or comma. What stays: a number that is a street number, a measure or a percentage after a
 * name. Every text is invented. Both taking tests fail on main `0db4403` (checked).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an age after a name completed by growth is read', () => {
  assert.ok(has('Rota: Edwy Callowan-Brink (96), Mill Lane.', '96', 'AGE'), found('Rota: Edwy Callowan-Brink (96), Mill Lane.').join(' | '));
});

test('an age in words after a bracket or a comma is read whole', () => {
  assert.ok(has('Card list: families of E. Crabtree (ninety-seven), L. Anyanwu (64).', 'ninety-seven', 'AGE'));
  assert.ok(has('Visit list: Mrs Ilse Drummond-Achterberg, ninety-eight, lives alone.', 'ninety-eight', 'AGE'));
});

test('numbers after a name that are no age stay out', () => {
  assert.ok(!has('Seen by Dr Callowan-Brink, 94 Harley Street.', '94', 'AGE'));
  assert.ok(!has('Spoke to Dr Callowan-Brink, 100 cc given.', '100', 'AGE'));
  assert.ok(!has('Called Dr Callowan-Brink (92% on air).', '92', 'AGE'));
});
