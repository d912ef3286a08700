/**
 * Person names of the seventeenth session (issue 14, deid-names): titles, particles, initials and double-barrelled
 * surnames joined to a found name, and the safe list's typo test read against the writer's own lowercase words. Each case fails on the session's start tree; the invented names are held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon, oneEditFromKnown } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['quennick', 'tolvane', 'brindel', 'harvild', 'brenstock', 'wintor']) {
    assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w) && !lex.common.has(w), w);
  }
  // The typo case is what its rule says: one edit from a word.
  assert.ok(oneEditFromKnown(lex, 'wintor', 5));
});

test('clerical and other languages\' titles open a name in mixed case; capitals SR is a rhythm', () => {
  assert.ok(has('Chaplain Rev. Primrose Dunstall visiting today.', 'Primrose Dunstall', 'NAME'));
  assert.deepEqual(pieces('ECG: SR rate 80, no ectopics.'), []);
});

test('Gaelic and lowercase particles before a found surname join it', () => {
  assert.ok(has('Theatre list 14/01/26: Ó Quennick, Tolvane, Brindel.', 'Ó Quennick', 'NAME'));
  assert.ok(has('Handover 12/03/2024: van der Tolvane, day 3 ventilated.', 'van der Tolvane', 'NAME'));
});

test('an initial opening a list item joins the name after it', () => {
  assert.ok(has('Clinic list Tue 14/01: 09:00 B. Quennick, 09:20 R. Tolvane.', 'B. Quennick', 'NAME'));
});

test('a double-barrelled surname is one name, an eponym pair before a head is none', () => {
  assert.ok(has('Referral: Harvild Brenstock-Quay (NHS 483 902 7716), 47, with chest pain.', 'Harvild Brenstock-Quay', 'NAME'));
  assert.ok(has('Seen 12/03/2024 with Austin Hale-Brook about the plan.', 'Austin Hale-Brook', 'NAME'));
  assert.deepEqual(pieces('Stevens-Johnson syndrome was excluded on 12/03/2024.'), ['12/03/2024']);
});

test('a word one edit from a known word is a name in clean text, a typo where the writer leaves unknown words', () => {
  assert.ok(has('Seen 12/03/2024 with Wintor at the clinic.', 'Wintor', 'NAME'));
  assert.ok(!pieces('Seen 12/03/2024 with Wintor at the clinic, bilat sxnd.').includes('Wintor'));
});
