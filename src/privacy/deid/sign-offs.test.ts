/**
 * The writer of a message at its tail, fortieth session (issue 14, deid-names28; name-heads.ts `detectTailSigner`): after a
 * valediction on the same line with or without its comma ("Cheers X", "Kind regards, X"), before a signature's role
 * ("X (HR).", "X, school nurse, e-mail"), and after a dash inside a quoted message ("today? - X\""). The invented names are
 * held by no list (checked first); the positive tests fail on the session's start tree (a04265b3).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon, inWordLists } from './lexicon.js';
import { found, has } from '../../testkit/deid-pieces.js';

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['yelvra', 'tasmilde', 'quessamor', 'qez', 'tav']) {
    assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w) && !inWordLists(lex, w), w);
  }
});

// A short name (three letters) is below the safe-list test's length; after a valediction the slot reads it.
test('the writer after a valediction on the same line is a name, with or without the comma', () => {
  assert.ok(has('Can you book her in with the podiatrist next week? Cheers Qez', 'Qez', 'NAME'));
  assert.ok(has('His kidneys helped two people. With warm wishes, Tav (Specialist Nurse).', 'Tav', 'NAME'));
});

test('the writer before a signature\'s role, and after a dash before a closing quote, is a name', () => {
  assert.ok(has('Asthma and mould in the classroom. Please assess. Quessamor (HR).', 'Quessamor', 'NAME'));
  assert.ok(has('Inhaler often left at home. Please review. Yelvra, school nurse, school.nurse@example.org.', 'Yelvra', 'NAME'));
  assert.ok(has('Email to the renal team: "creatinine is up to 310, can someone see him today? - Tasmilde"', 'Tasmilde', 'NAME'));
});

test('a valediction before a drug, a department or a word, and a name that does not end the message, stay as they are', () => {
  assert.deepEqual(found('Seen today, pain settled. Thanks Paracetamol'), []);
  assert.deepEqual(found('Referral accepted. Kind regards, Cardiology'), []);
  assert.deepEqual(found('Referral accepted. Many thanks, Pharmacy (outpatients).'), []);
  // The slot is the message's end: the same word before another sentence is left to the other rules.
  assert.ok(!has('Cheers Yelvra and the team. Bloods are back and all fine, review in clinic next week as planned.', 'Yelvra'));
  // A role after a comma must be a care team's job title: "X, as before" is no signature.
  assert.deepEqual(found('Continue the current dose. Review, as before.'), []);
});
