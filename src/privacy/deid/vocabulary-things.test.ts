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
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62, from Enugu. Snakebite (Russell\'s viper), clotting time prolonged.'), ['Mrs Adaeze Nwosu']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: visual fields on Humphrey 24-2 show a bitemporal loss.'), ['Mrs Adaeze Nwosu']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62, delivered; Robson group 5, Bishop score 8.'), ['Mrs Adaeze Nwosu']);
});

test('the same word is a person with a relation before it, a verb after it, or a slot that takes a person', () => {
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: her son Russell phoned the ward.'), ['Mrs Adaeze Nwosu', 'Russell']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: Russell agreed to the plan.'), ['Mrs Adaeze Nwosu', 'Russell']);
  assert.deepEqual(names('Mrs Adaeze Nwosu, 62: seen with Humphrey.'), ['Mrs Adaeze Nwosu', 'Humphrey']);
});
