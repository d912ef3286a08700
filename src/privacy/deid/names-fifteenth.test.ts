/**
 * Names of the fifteenth pass of issue 14 (deid-names): names no list holds in a person's context (a lone word needs no
 * other identifier there, and only a typo of a person's noun is read as a typo), a letter's "RE:" line, a score ending a
 * sentence, and names in text typed in lower case. Each with a case it must find and one it must leave. The names are
 * invented and held by no list (checked first).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { has } from '../../testkit/deid-pieces.js';

const pieces = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));

test('the invented names are on no list', () => {
  const lex = getDefaultLexicon();
  for (const w of ['velunka', 'quorvash', 'oderino', 'tamsk']) assert.ok(!lex.firstNames.has(w) && !lex.surnames.has(w) && !lex.places.has(w), w);
});

test('a lone unknown word in a person context is a name without another identifier', () => {
  assert.ok(has('We saw Velunka on the ward round this morning.', 'Velunka', 'NAME'));
  assert.ok(has('Unfortunately Velunka did not attend.', 'Velunka', 'NAME'));
  assert.ok(has('Velunka has had three falls since the summer.', 'Velunka', 'NAME'));
  assert.ok(has('Many thanks for seeing Velunka again.', 'Velunka', 'NAME'));
  assert.deepEqual(pieces('Continue Velunka as before.'), []);
  assert.deepEqual(pieces('Pateint did not attend.'), []);
});

test('a word that only begins a known word is a name in a person context', () => {
  assert.ok(has('Unfortunately Graf did not attend.', 'Graf', 'NAME'));
  assert.deepEqual(pieces('Graf site clean and dry.'), []);
});

test('a letter\'s RE: line names the patient when its words are no English or clinical words', () => {
  assert.ok(has('RE: VELUNKA QUORVASH\nThank you for seeing her in clinic.', 'VELUNKA QUORVASH', 'NAME'));
  assert.deepEqual(pieces('RE: REFERRAL FOR ECHO\nThank you for seeing her in clinic.'), []);
});

test('a score at the end of a sentence keeps its eponyms', () => {
  assert.deepEqual(pieces("Seen by Dr Smith. Impression: Parkinson's disease, Hoehn and Yahr 2."), ['Smith']);
});

test('names no list holds in a text typed in lower case, by a person context', () => {
  assert.ok(has('pls call velunka quorvash re bloods tomorrow', 'velunka quorvash', 'NAME'));
  const copy = 'copy to velunka quorvash and tamsk oderino. bloods normal.';
  assert.ok(has(copy, 'velunka quorvash', 'NAME') && has(copy, 'tamsk oderino', 'NAME'));
  assert.deepEqual(pieces('bloods normal, continue velunka as before.'), []);
  // Shorthand the dictionary lacks all over the note: the context rule says nothing there.
  assert.ok(has('velunka has had three falls this year.', 'velunka', 'NAME'));
  assert.deepEqual(pieces('pt sxnd for thik secrtns, tolerting feeds. velunka has had three falls.'), []);
  // In mixed-case text, two words typed in lower case in a person context.
  assert.ok(has('BP 138/86. Lmk if velunka fisher comes back for the suture removal.', 'velunka fisher', 'NAME'));
  assert.deepEqual(pieces('BP 138/86. Lmk if velunka comes back for the suture removal.'), []);
  // A place's context in lower case: a town one edit from a word ("dorsal") too.
  assert.ok(has('bloods ok. he moved to dorsel last year.', 'dorsel', 'LOCATION'));
  assert.ok(has('Lmk if Ayomide G. would like a call back re bloods.', 'Ayomide G.', 'NAME'));
});

test('a town one edit from an English word is a place in a place context', () => {
  // As if no list held the town (Downey is one edit from "downy").
  const base = getDefaultLexicon();
  const drop = (set: ReadonlySet<string>): Set<string> => new Set([...set].filter((w) => w !== 'downey'));
  const lexicon = { ...base, firstNames: drop(base.firstNames), surnames: drop(base.surnames), places: drop(base.places), worldNames: drop(base.worldNames) };
  const text = 'Referred from Sayreville and then Downey. He was started on Apixaban.';
  const spans = detectPhi(text, { lexicon }).map((s) => `${text.slice(s.start, s.end)}|${s.type}`);
  assert.ok(spans.includes('Downey|LOCATION'), spans.join());
  assert.deepEqual(detectPhi('Downey feathers in the pillow.', { lexicon }), []);
});
