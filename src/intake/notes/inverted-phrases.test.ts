import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteReader } from '../../testkit/note-findings.js';

// The built-in broad model as shipped: the rule reads its own vocabulary.
const found = noteReader(30, 'female');

test('a noun of change with its structure after "of" reads as the lexicon writes it', () => {
  assert.equal(found('Fundoscopy shows swelling of the optic disc.').get('papilledema'), true, 'structure then noun: "optic disc swelling"');
  assert.equal(found('There is enlargement of the spleen.').get('splenomegaly'), true, 'adjective then structure: "enlarged spleen"');
  assert.equal(found('She reports loss of hair.').get('too-little-hair'), true);
});

test('the rewritten phrase keeps its context, and words the lexicon does not know stay unread', () => {
  assert.equal(found('No enlargement of the spleen.').get('splenomegaly'), false);
  assert.equal(found('Enlargement of the left index finger nail.').size, 0);
  assert.equal(found('Loss of consciousness.').get('fainting'), true, 'a whole lexicon term still wins');
});
