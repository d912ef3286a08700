/**
 * A skin colour adjective that qualifies another structure ("pale stools", "pale, swollen retina") is not the skin
 * sign pallor (`skin-colour.ts`), read with the shipped broad model's vocabulary; my own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';
import { isSkinColourWord } from './skin-colour.js';

const found = noteReader(50, 'female');

test('a colour adjective of the stool, the urine or the fundus is not skin pallor', () => {
  for (const note of [
    'Jaundice for two weeks with dark urine and pale stools.',
    'Loose pale stools for a year.',
    'Pale floating stools after meals.',
    'Stools pale grey, urine dark.',
    'Fundoscopy: pale, swollen retina.',
    'Optic discs were pale bilaterally.',
  ]) assert.equal(found(note).get('pallor'), undefined, note);
});

test('a colour adjective of the patient or of a surface where skin colour is judged stays the skin sign', () => {
  for (const note of [
    'Now pale and tired.',
    'Pale, no nodes, no splenomegaly.',
    'Pale conjunctivae.',
    'Right foot pale and cold.',
    'Pale, tired and passing little urine.',
    'Pale, clammy skin.',
  ]) assert.equal(found(note).get('pallor'), true, note);
  assert.equal(found('Not pale.').get('pallor'), false);
});

test('only a one-word skin colour adjective is marked', () => {
  assert.equal(isSkinColourWord(['pale']), true);
  assert.equal(isSkinColourWord(['pale', 'skin']), false);
  assert.equal(isSkinColourWord(['swollen']), false);
});
