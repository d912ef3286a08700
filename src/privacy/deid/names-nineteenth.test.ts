/**
 * Person names of the nineteenth session (issue 14, deid-names). A message's writer alone after its last sentence, with no
 * dash, is a name when no English word list holds the word (name-heads.ts `detectTailSigner`, the mirror of the
 * head addressee). The rule tests fail on the session's start tree; the invented names are held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon, inWordLists } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['quenbrilla', 'tavrosyan', 'oyelarunmi']) {
    assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !inWordLists(lex, w), w);
  }
});

test('the writer alone after a message\'s last sentence is a name', () => {
  assert.ok(has('Can you look at her ECG when you\'re back? Quenbrilla', 'Quenbrilla', 'NAME'));
  assert.ok(has('Bring your booklet. See you Thurs. Tavrosyan.', 'Tavrosyan', 'NAME'));
  assert.ok(has('ED chat: "is bed 12 free? can someone see him today? Oyelarunmi"', 'Oyelarunmi', 'NAME'));
  // A listed given name no English word list holds signs too, a world-list one included; the same words before another
  // sentence stay readable (names-fourteenth and names-eighteenth tests).
  assert.ok(has('Bloods are back, all fine. Siobhan', 'Siobhan', 'NAME'));
  assert.ok(has('BP stable. Svetlana.', 'Svetlana', 'NAME'));
  assert.ok(has('Ward round done. Zhelvanova', 'Zhelvanova', 'NAME'));
});

test('a closing word a list holds, or shaped like a drug or a derived word, stays', () => {
  for (const t of ['Plan reviewed. Thanks', 'He will return in 2 weeks. Regards', 'Follow up with GP. Ondansetron',
    'Next review in clinic. Mobilising', 'Continue current plan. Reviewed', 'Seen today. Discharged home.', 'Stable overnight. Obs']) {
    assert.deepEqual(pieces(t), [], t);
  }
  // Only the text's last word: a capitalised word closing an earlier sentence is not read by this rule.
  assert.deepEqual(pieces('Seen. Quenbrilla\nPlan: continue.'), []);
});
