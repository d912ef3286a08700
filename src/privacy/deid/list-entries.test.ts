/**
 * The person of a list entry, forty-first session (issue 14, deid-names29; list-entries.ts): a given name or surname of
 * the name lists right after a bed place's number, a clinic list's time or a theatre list's item number, whatever the
 * entry says next, and the "Surname, Given" form there read whole. The names are list names on no word list that no
 * read letter holds, and one invented given name on no list (checked first); the positive tests fail on the session's
 * start tree (ec252eb0).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon, inWordLists } from './lexicon.js';
import { found, has } from '../../testkit/deid-pieces.js';

test('the test names are list names on no word list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['wojcik', 'zielinski', 'szymanski', 'lewandowski']) assert.ok(lex.surnames.has(w) && !inWordLists(lex, w), w);
  assert.ok(lex.firstNames.has('grzegorz') && !inWordLists(lex, 'grzegorz'));
  assert.ok(!lex.firstNames.has('velunka') && !lex.surnames.has('velunka') && !inWordLists(lex, 'velunka'));
});

test('a listed name after a bed place\'s number is the patient, whatever the entry says of them', () => {
  assert.ok(has('Night hand-over. Bed 5 Wojcik - confused overnight, 1:1 started.', 'Wojcik', 'NAME'));
  assert.ok(has('PICU board: cot 7 Grzegorz post-op appendix, obs stable.', 'Grzegorz', 'NAME'));
});

test('a listed name after a clinic time or a theatre item number is the patient', () => {
  assert.ok(has('Fracture clinic\n0940 Zielinski review of cast\n1000 new referral', 'Zielinski', 'NAME'));
  assert.ok(has('Trauma list, Saturday: 1. Szymanski hip hemiarthroplasty. 2. Lewandowski ankle ORIF.', 'Szymanski', 'NAME'));
  assert.ok(has('Trauma list, Saturday: 1. Szymanski hip hemiarthroplasty. 2. Lewandowski ankle ORIF.', 'Lewandowski', 'NAME'));
});

test('the records-system "Surname, Given" after an entry\'s number is read whole, its comma too', () => {
  assert.ok(has('Diabetic foot clinic 09:00 Zielinski, Velunka - ulcer R hallux, probe to bone.', 'Zielinski, Velunka', 'NAME'));
});

test('an entry whose word is on a word list or a role is left', () => {
  assert.deepEqual(found('Drug round: 1. Paracetamol 1 g QDS. 2. Morphine 2.5 mg PRN.'), []);
  assert.ok(!has('Bed 4 Chase bloods, then discharge.', 'Chase'));
  assert.ok(!has('Ward round plan: 1. Registrar to review the chest film. 2. Chase the echo.', 'Registrar'));
});
