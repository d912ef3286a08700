/**
 * The synonym groups hold one concept each: swelling is split by HPO term (Edema, Peripheral edema, Pedal edema,
 * Ankle swelling), so a bare "edema" is one finding of the shipped broad model, not three. My own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

const found = noteReader(50, 'female');

test('a bare edema is peripheral edema only, not also ankle swelling and leg swelling', () => {
  for (const note of ['Examination shows edema.', 'There is 2+ pitting oedema.']) {
    const f = found(note);
    assert.equal(f.get('peripheral-edema'), true, note);
    assert.equal(f.get('ankle-swelling'), undefined, note);
    assert.equal(f.get('leg-swelling'), undefined, note);
  }
  assert.equal(found('No edema.').get('ankle-swelling'), undefined);
});

test('the lower leg forms of HPO pedal edema still read leg swelling', () => {
  for (const note of ['She has pedal edema.', 'Lower extremity edema is noted.', 'Her legs are swollen.']) {
    assert.equal(found(note).get('leg-swelling'), true, note);
  }
  assert.equal(found('Both ankles are swollen.').get('ankle-swelling'), true);
});
