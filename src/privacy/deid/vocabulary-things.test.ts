/**
 * A word the clinical vocabularies hold as a thing's (the eponym list of ICD-10-CM, DO and HPO names; RxNorm's medicine
 * words) is no name without a person's cue beside it, in a record that names its patient too (thirty-fourth session,
 * deid-clean19, `bare-eponyms.ts`). The sentences are written here after the kinds seen on the read letters (letters10-29).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('an eponym word with no person beside it is no one, though the letter names its patient', () => {
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: visual fields on Humphrey 24-2 show a bitemporal loss.'), ['Mrs Adaeze Nwosu']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62, delivered; Robson group 5, Bishop score 8.'), ['Mrs Adaeze Nwosu']);
});

test('the same word is a person with a relation before it, a verb after it, or a slot that takes a person', () => {
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: her son Russell phoned the ward.'), ['Mrs Adaeze Nwosu', 'Russell']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: Russell agreed to the plan.'), ['Mrs Adaeze Nwosu', 'Russell']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: seen with Humphrey.'), ['Mrs Adaeze Nwosu', 'Humphrey']);
});

test('the same word after a clinic list\'s time or a ward board\'s bed is a person', () => {
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62. Clinic 09:00 Russell, 09:15 Dr Jones.').filter((n) => n === 'Russell'), ['Russell']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62, bed 3. Bed 4 Russell, nil by mouth.').filter((n) => n === 'Russell'), ['Russell']);
});

test('a vocabulary word a name list holds too needs a thing\'s sign after it (second round, deid-clean20)', () => {
  // Positive: a number or a score's group after the word.
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: fields on Humphrey 24-2 show a bitemporal loss.'), ['Mrs Adaeze Nwosu']);
  // Refusal: the same surname alone before an ordinary word stays a name ("Russell" is on the surname list).
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62, lives with Russell in the flat.').filter((n) => n === 'Russell'), ['Russell']);
});
