/**
 * An infant's "irritability" is the model's irritable infant, an older patient's is anger and temper (`life-stage.ts`),
 * read with the shipped broad model's vocabulary; my own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { infantTerms, isInfant } from './life-stage.js';

const OLDER = ['excessive-anger', 'temper-problems'];

test('irritability and irritable in a patient under two read the irritable infant, not anger or temper', () => {
  for (const [age, note] of [
    [1, 'Fever for two days with irritability, feeding less.'],
    [0.5, 'Irritable since last night, pulling at the left ear.'],
    [0.02, 'Newborn, irritable and feeding poorly.'],
  ] as const) {
    const f = noteReader(age, 'male')(note);
    assert.equal(f.get('irritable-infant'), true, `${age}: ${note}`);
    for (const id of OLDER) assert.equal(f.get(id), undefined, `${age}: ${note}: ${id}`);
  }
  // Negated, the infant finding is marked absent.
  assert.equal(noteReader(1, 'female')('Febrile, no irritability.').get('irritable-infant'), false);
});

test('irritability from two years on stays anger and temper', () => {
  for (const age of [2, 3, 8, 35]) {
    const f = noteReader(age, 'female')('Six months of irritability at home and school.');
    for (const id of OLDER) assert.equal(f.get(id), true, `${age}: ${id}`);
    assert.equal(f.get('irritable-infant'), undefined, `${age}`);
  }
});

test('the infant terms come from "<adjective> infant" or "<adjective> baby" names, with the adjective\'s -ity noun', () => {
  const t = infantTerms([
    { id: 'irritable-infant', name: 'irritable infant' },
    { id: 'sleepy-baby', name: 'sleepy baby' },
    { id: 'infant-feeding-problem', name: 'infant feeding problem' },
    { id: 'symptoms-of-infants', name: 'symptoms of infants' },
    { id: 'irritability', name: 'irritability' },
  ]);
  assert.deepEqual([...t.keys()].sort(), ['irritability', 'irritable', 'sleepy']);
  assert.equal(t.get('irritability')?.name, 'irritable infant');
  assert.equal(t.get('sleepy')?.findingId, 'sleepy-baby');
  assert.equal(isInfant(1.9), true);
  assert.equal(isInfant(2), false);
  assert.equal(isInfant(undefined), false);
});
