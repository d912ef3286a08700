/**
 * Age-group words that name no one's age (twenty-ninth session, deid-clean10, identifiers.ts `detectAgeNouns`): a word
 * mentioned in quotation marks, or standing attributively before a noun with no article; and the counter-cases where the
 * word is one person's age (an article or determiner, a person noun, a function word or a person's verb after it). Every
 * sentence is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('an age-group word mentioned in quotation marks or before the noun it describes is no one\'s age', () => {
  assert.deepEqual(found('Glossary: "nonagenarian" as a word, \u201ccentenarian\u201d likewise.'), []);
  assert.deepEqual(found('Nonagenarian patients: consider frailty, not age alone.'), []);
  assert.deepEqual(found('Centenarian study from the registry; supercentenarian records kept apart.'), []);
});

test('an age-group word that names one person stays an age', () => {
  assert.ok(has('A nonagenarian with recurrent falls.', 'nonagenarian', 'AGE'));
  assert.ok(has('Our centenarian patient enjoyed the party.', 'centenarian', 'AGE'));
  assert.ok(has('Nonagenarian lady admitted from home after a fall.', 'Nonagenarian', 'AGE'));
  assert.ok(has('Centenarian presented with a fall at home.', 'Centenarian', 'AGE'));
  assert.ok(has('Seen today: nonagenarian, lives alone.', 'nonagenarian', 'AGE'));
});
